-- Child tables (docs/decisions/0012-child-tables.md). Written by hand: the generator adds columns
-- but cannot move data. The mediation parties, kept until now as party_a_* and party_b_* columns,
-- become rows of the parties table (the applicant first), every value kept as it was; the old
-- columns go. Reconsideration gets its (optional) third parties. snapshot.json matches the result.
ALTER TABLE r_reconsideration ADD COLUMN third_parties jsonb;

ALTER TABLE r_mediation ADD COLUMN parties jsonb;

UPDATE r_mediation
   SET parties = coalesce(
         (SELECT jsonb_agg(v.party ORDER BY v.position)
            FROM (VALUES
                   (1, jsonb_build_object(
                         'name', party_a_name, 'kind', party_a_kind,
                         'idNumber', party_a_id_number, 'creditCode', party_a_credit_code,
                         'phone', party_a_phone)),
                   (2, jsonb_build_object(
                         'name', party_b_name, 'kind', party_b_kind,
                         'idNumber', party_b_id_number, 'creditCode', party_b_credit_code,
                         'phone', party_b_phone))) AS v (position, party)
           WHERE jsonb_strip_nulls(v.party) <> '{}'::jsonb),
         '[]'::jsonb);

ALTER TABLE r_mediation
  DROP COLUMN party_a_name,
  DROP COLUMN party_a_kind,
  DROP COLUMN party_a_id_number,
  DROP COLUMN party_a_credit_code,
  DROP COLUMN party_a_phone,
  DROP COLUMN party_b_name,
  DROP COLUMN party_b_kind,
  DROP COLUMN party_b_id_number,
  DROP COLUMN party_b_credit_code,
  DROP COLUMN party_b_phone;
