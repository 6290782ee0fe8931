package io.scoreledger.query.identity;

import static io.scoreledger.query.jooq.Tables.API_KEY;
import static io.scoreledger.query.jooq.Tables.API_KEY_USAGE;
import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.COMPANY;
import static io.scoreledger.query.jooq.Tables.REVOKED_ACCESS_TOKEN;
import static io.scoreledger.query.jooq.Tables.USER_SESSION;
import static org.jooq.impl.DSL.greatest;

import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.identity.events.UserRegistered;
import io.scoreledger.identity.queries.ApiKeyCredential;
import io.scoreledger.identity.queries.ApiKeyView;
import io.scoreledger.identity.queries.FindUsers;
import io.scoreledger.identity.queries.SessionView;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Users, API keys, sessions and revoked tokens. Writes are idempotent: by id, or by the user's event sequence. */
public class IdentityRepository {

    private final DSLContext dsl;

    public IdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertUser(UserRegistered event, long sequence) {
        dsl.insertInto(APP_USER)
                .set(APP_USER.ID, event.userId().value())
                .set(APP_USER.COMPANY_ID, event.tenantId().value())
                .set(APP_USER.NAME, event.name())
                .set(APP_USER.EMAIL, event.email())
                .set(APP_USER.ROLE, event.role().name())
                .set(APP_USER.ACTIVE, true)
                .set(
                        APP_USER.CLIENT_IDS,
                        event.clientIds().stream().map(ClientId::value).sorted().toArray(String[]::new))
                .set(APP_USER.CREATED_AT, event.registeredAt())
                .set(APP_USER.LAST_SEQUENCE, sequence)
                .onConflict(APP_USER.ID)
                .doNothing()
                .execute();
    }

    void linkSubject(UserId userId, String subject, long sequence) {
        dsl.update(APP_USER)
                .set(APP_USER.SUBJECT, subject)
                .set(APP_USER.LAST_SEQUENCE, sequence)
                .where(APP_USER.ID.eq(userId.value()))
                .and(APP_USER.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void deactivateUser(UserId userId, long sequence) {
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .set(APP_USER.LAST_SEQUENCE, sequence)
                .where(APP_USER.ID.eq(userId.value()))
                .and(APP_USER.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void insertSession(SessionStarted event) {
        dsl.insertInto(USER_SESSION)
                .set(USER_SESSION.ID, event.sessionId().value())
                .set(USER_SESSION.USER_ID, event.userId().value())
                .set(USER_SESSION.COMPANY_ID, event.tenantId().value())
                .set(USER_SESSION.TOKEN_SHA256, event.tokenSha256())
                .set(USER_SESSION.STARTED_AT, event.startedAt())
                .set(USER_SESSION.EXPIRES_AT, event.expiresAt())
                .onConflict(USER_SESSION.ID)
                .doNothing()
                .execute();
    }

    void endSession(SessionId sessionId, Instant endedAt) {
        dsl.update(USER_SESSION)
                .set(USER_SESSION.ENDED_AT, endedAt)
                .where(USER_SESSION.ID.eq(sessionId.value()))
                .and(USER_SESSION.ENDED_AT.isNull())
                .execute();
    }

    void insertRevokedToken(AccessTokenRevoked event) {
        dsl.insertInto(REVOKED_ACCESS_TOKEN)
                .set(REVOKED_ACCESS_TOKEN.TOKEN_SHA256, event.tokenSha256())
                .set(REVOKED_ACCESS_TOKEN.USER_ID, event.userId().value())
                .set(REVOKED_ACCESS_TOKEN.EXPIRES_AT, event.expiresAt())
                .onConflict(REVOKED_ACCESS_TOKEN.TOKEN_SHA256)
                .doNothing()
                .execute();
    }

    void insertApiKey(ApiKeyIssued event) {
        dsl.insertInto(API_KEY)
                .set(API_KEY.ID, event.apiKeyId().value())
                .set(API_KEY.COMPANY_ID, event.tenantId().value())
                .set(API_KEY.NAME, event.name())
                .set(
                        API_KEY.SCOPES,
                        event.scopes().stream().map(Scope::name).sorted().toArray(String[]::new))
                .set(API_KEY.LOOKUP, event.lookup())
                .set(API_KEY.SECRET_SHA256, event.secretSha256())
                .set(API_KEY.ISSUED_BY, event.issuedBy())
                .set(API_KEY.CREATED_AT, event.issuedAt())
                .set(API_KEY.EXPIRES_AT, event.expiresAt())
                .set(
                        API_KEY.ISSUER_ROLE,
                        event.issuerRole() == null ? null : event.issuerRole().name())
                .set(
                        API_KEY.ISSUER_CLIENT_IDS,
                        event.issuerClientIds() == null
                                ? null
                                : event.issuerClientIds().stream()
                                        .map(ClientId::value)
                                        .sorted()
                                        .toArray(String[]::new))
                .onConflict(API_KEY.ID)
                .doNothing()
                .execute();
    }

    void revokeApiKey(ApiKeyId apiKeyId, Instant revokedAt) {
        dsl.update(API_KEY)
                .set(API_KEY.REVOKED_AT, revokedAt)
                .where(API_KEY.ID.eq(apiKeyId.value()))
                .and(API_KEY.REVOKED_AT.isNull())
                .execute();
    }

    /** Rebuilds start from nothing, except usage times, which no event carries. */
    void deleteAll() {
        dsl.deleteFrom(REVOKED_ACCESS_TOKEN).execute();
        dsl.deleteFrom(USER_SESSION).execute();
        dsl.deleteFrom(API_KEY).execute();
        dsl.deleteFrom(APP_USER).execute();
    }

    /** Last-used times, recorded in batches rather than once per request; never moves a time backwards. */
    public void recordApiKeyUsage(Map<ApiKeyId, Instant> lastUsed) {
        if (lastUsed.isEmpty()) {
            return;
        }
        var batch = new ArrayList<org.jooq.Query>();
        lastUsed.forEach((id, at) -> batch.add(dsl.insertInto(API_KEY_USAGE)
                .set(API_KEY_USAGE.API_KEY_ID, id.value())
                .set(API_KEY_USAGE.LAST_USED_AT, at)
                .onConflict(API_KEY_USAGE.API_KEY_ID)
                .doUpdate()
                .set(
                        API_KEY_USAGE.LAST_USED_AT,
                        greatest(API_KEY_USAGE.LAST_USED_AT, DSL.excluded(API_KEY_USAGE.LAST_USED_AT)))));
        dsl.batch(batch).execute();
    }

    List<UserView> findUsers(FindUsers query) {
        return usersWithCompany()
                .where(filters(query))
                .orderBy(APP_USER.CREATED_AT, APP_USER.ID)
                .offset((query.page() - 1) * query.perPage())
                .limit(query.perPage())
                .fetch(IdentityRepository::toUserView);
    }

    long countUsers(FindUsers query) {
        return dsl.fetchCount(APP_USER, filters(query));
    }

    private static Condition filters(FindUsers query) {
        var conditions = new ArrayList<Condition>();
        if (!query.unrestricted()) {
            conditions.add(APP_USER.COMPANY_ID.in(
                    query.visibleTenants().stream().map(TenantId::value).toList()));
        }
        if (query.company() != null) {
            conditions.add(APP_USER.COMPANY_ID.eq(query.company().value()));
        }
        if (query.role() != null) {
            conditions.add(APP_USER.ROLE.eq(query.role().name()));
        }
        return DSL.and(conditions);
    }

    Optional<UserView> findUser(TenantId tenantId, UserId userId) {
        Condition tenant = tenantId == null ? DSL.trueCondition() : APP_USER.COMPANY_ID.eq(tenantId.value());
        return usersWithCompany()
                .where(tenant)
                .and(APP_USER.ID.eq(userId.value()))
                .fetchOptional(IdentityRepository::toUserView);
    }

    Optional<UserView> findUserByIdentity(String subject, String email) {
        var bySubject = subject == null
                ? Optional.<UserView>empty()
                : usersWithCompany().where(APP_USER.SUBJECT.eq(subject)).fetchOptional(IdentityRepository::toUserView);
        if (bySubject.isPresent() || email == null) {
            return bySubject;
        }
        return usersWithCompany()
                .where(APP_USER.EMAIL.eq(email.strip().toLowerCase(Locale.ROOT)))
                .and(APP_USER.SUBJECT.isNull())
                .fetchOptional(IdentityRepository::toUserView);
    }

    List<ApiKeyView> findApiKeys(TenantId tenantId, String issuedBy) {
        Condition issuer = issuedBy == null ? DSL.trueCondition() : API_KEY.ISSUED_BY.eq(issuedBy);
        return apiKeysWithUsage()
                .where(API_KEY.COMPANY_ID.eq(tenantId.value()))
                .and(issuer)
                .orderBy(API_KEY.CREATED_AT, API_KEY.ID)
                .fetch(IdentityRepository::toApiKeyView);
    }

    Optional<ApiKeyView> findApiKey(TenantId tenantId, ApiKeyId apiKeyId) {
        return apiKeysWithUsage()
                .where(API_KEY.COMPANY_ID.eq(tenantId.value()))
                .and(API_KEY.ID.eq(apiKeyId.value()))
                .fetchOptional(IdentityRepository::toApiKeyView);
    }

    Optional<ApiKeyCredential> findApiKeyCredential(String lookup) {
        return dsl.selectFrom(API_KEY)
                .where(API_KEY.LOOKUP.eq(lookup))
                .fetchOptional(row -> new ApiKeyCredential(
                        new ApiKeyId(row.getId()),
                        new TenantId(row.getCompanyId()),
                        scopes(row.getScopes()),
                        row.getSecretSha256(),
                        row.getExpiresAt(),
                        row.getRevokedAt(),
                        row.getIssuedBy(),
                        row.getIssuerRole() == null ? null : Role.valueOf(row.getIssuerRole()),
                        row.getIssuerClientIds() == null ? null : clientIds(row.getIssuerClientIds())));
    }

    Optional<SessionView> findSession(String tokenSha256) {
        return dsl.selectFrom(USER_SESSION)
                .where(USER_SESSION.TOKEN_SHA256.eq(tokenSha256))
                .fetchOptional(row -> new SessionView(
                        new SessionId(row.getId()),
                        new UserId(row.getUserId()),
                        new TenantId(row.getCompanyId()),
                        row.getExpiresAt(),
                        row.getEndedAt()));
    }

    boolean isRevoked(String tokenSha256) {
        return dsl.fetchExists(REVOKED_ACCESS_TOKEN, REVOKED_ACCESS_TOKEN.TOKEN_SHA256.eq(tokenSha256));
    }

    private org.jooq.SelectOnConditionStep<Record> apiKeysWithUsage() {
        return dsl.select(API_KEY.fields())
                .select(API_KEY_USAGE.LAST_USED_AT)
                .from(API_KEY)
                .leftJoin(API_KEY_USAGE)
                .on(API_KEY_USAGE.API_KEY_ID.eq(API_KEY.ID));
    }

    private org.jooq.SelectOnConditionStep<Record> usersWithCompany() {
        return dsl.select(APP_USER.fields())
                .select(COMPANY.NAME)
                .from(APP_USER)
                .leftJoin(COMPANY)
                .on(COMPANY.ID.eq(APP_USER.COMPANY_ID));
    }

    private static UserView toUserView(Record row) {
        return new UserView(
                new UserId(row.get(APP_USER.ID)),
                new TenantId(row.get(APP_USER.COMPANY_ID)),
                row.get(COMPANY.NAME),
                row.get(APP_USER.NAME),
                row.get(APP_USER.EMAIL),
                Role.valueOf(row.get(APP_USER.ROLE)),
                row.get(APP_USER.ACTIVE),
                clientIds(row.get(APP_USER.CLIENT_IDS)),
                row.get(APP_USER.SUBJECT),
                row.get(APP_USER.CREATED_AT));
    }

    private static ApiKeyView toApiKeyView(Record row) {
        return new ApiKeyView(
                new ApiKeyId(row.get(API_KEY.ID)),
                new TenantId(row.get(API_KEY.COMPANY_ID)),
                row.get(API_KEY.NAME),
                scopes(row.get(API_KEY.SCOPES)),
                row.get(API_KEY.ISSUED_BY),
                row.get(API_KEY.CREATED_AT),
                row.get(API_KEY.EXPIRES_AT),
                row.get(API_KEY.REVOKED_AT),
                row.get(API_KEY_USAGE.LAST_USED_AT));
    }

    private static Set<ClientId> clientIds(String[] ids) {
        return Arrays.stream(ids).map(ClientId::new).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Scope> scopes(String[] names) {
        return Arrays.stream(names).map(Scope::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
