-- Clocks of the acceptance review saved while a correction was taken as a pause (before 0012): the
-- law restarts the review on receipt of the correction (行政复议法 第31条第3款). A closed correction
-- pause becomes a restart on the day after it ended (the day of receipt); an open one becomes the
-- wait for that restart. Their due dates are recomputed when the platform starts (refreshOpenClocks).
UPDATE record_clock
   SET restarts = jsonb_build_array(
         to_char((SELECT max((p ->> 'to')::date) FROM jsonb_array_elements(pauses) p) + 1, 'YYYY-MM-DD')),
       pauses = '[]'
 WHERE rule_id = 'reconsideration.acceptanceReview' AND status <> 'stopped'
   AND jsonb_array_length(pauses) > 0 AND restarts = '[]';

UPDATE record_clock
   SET open_pause = open_pause || '{"awaitsRestart": true}'
 WHERE rule_id = 'reconsideration.acceptanceReview' AND status = 'paused'
   AND open_pause ->> 'kind' = 'correction';
