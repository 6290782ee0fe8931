package io.scoreledger.employee.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many employees hold each score 0..100. Summary, bands and distribution are all read from it, so their cost
 * does not grow with the number of employees.
 */
public record ScoreHistogram(List<Integer> counts) {

    public ScoreHistogram {
        if (counts.size() != 101) {
            throw new IllegalArgumentException("A histogram has one count per score 0..100");
        }
        counts = List.copyOf(counts);
    }

    public static ScoreHistogram empty() {
        return new ScoreHistogram(java.util.Collections.nCopies(101, 0));
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** Mean score to one decimal; 0 when nobody is counted. */
    public double average() {
        int total = total();
        if (total == 0) {
            return 0;
        }
        long sum = 0;
        for (int score = 0; score <= 100; score++) {
            sum += (long) score * counts.get(score);
        }
        return Math.round(sum * 10.0 / total) / 10.0;
    }

    /** The lower median score; 0 when nobody is counted. */
    public int median() {
        int total = total();
        if (total == 0) {
            return 0;
        }
        int rank = (total + 1) / 2;
        int seen = 0;
        for (int score = 0; score <= 100; score++) {
            seen += counts.get(score);
            if (seen >= rank) {
                return score;
            }
        }
        return 100;
    }

    public Map<Band, Integer> bandCounts() {
        var bands = new EnumMap<Band, Integer>(Band.class);
        for (Band band : Band.values()) {
            int count = 0;
            for (int score = band.min(); score <= band.max(); score++) {
                count += counts.get(score);
            }
            bands.put(band, count);
        }
        return bands;
    }

    public record Bucket(int from, int to, int count) {}

    /** Buckets of bucketSize scores covering 0..100 once; the last one ends at 100 (95-100 for size 5). */
    public List<Bucket> buckets(int bucketSize) {
        if (bucketSize < 1 || bucketSize > 50) {
            throw new IllegalArgumentException("bucket size must be between 1 and 50");
        }
        var buckets = new ArrayList<Bucket>();
        for (int from = 0; from <= 100; from += bucketSize) {
            int to = Math.min(from + bucketSize - 1, 100);
            if (to == 99) {
                to = 100;
            }
            int count = 0;
            for (int score = from; score <= to; score++) {
                count += counts.get(score);
            }
            buckets.add(new Bucket(from, to, count));
            if (to == 100) {
                break;
            }
        }
        return buckets;
    }

    public ScoreHistogram plus(ScoreHistogram other) {
        var sum = new ArrayList<Integer>(101);
        for (int score = 0; score <= 100; score++) {
            sum.add(counts.get(score) + other.counts.get(score));
        }
        return new ScoreHistogram(sum);
    }
}
