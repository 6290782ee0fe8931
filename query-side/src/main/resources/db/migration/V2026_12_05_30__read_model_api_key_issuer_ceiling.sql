-- The access the key's creator had when issuing it, a ceiling the key never exceeds. Null for keys issued before it
-- was recorded: those are bounded by their creator's current access alone.
alter table read_model.api_key add column issuer_role text;
alter table read_model.api_key add column issuer_client_ids text[];
