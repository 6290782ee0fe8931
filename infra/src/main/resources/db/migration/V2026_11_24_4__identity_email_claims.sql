-- Owned by the command side: one user per e-mail address across all companies, claimed in the same transaction as
-- the UserRegistered event, because a JWT is matched to its user by e-mail on first sign-in.
create table identity_email_claim (
    email   text primary key,
    user_id text not null
);
