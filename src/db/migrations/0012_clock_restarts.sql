-- Days on which a clock's period started again from zero (e.g. 行政复议法 第31条第3款: the
-- acceptance review counts afresh from receipt of the correction materials).
ALTER TABLE record_clock ADD COLUMN restarts jsonb NOT NULL DEFAULT '[]';
