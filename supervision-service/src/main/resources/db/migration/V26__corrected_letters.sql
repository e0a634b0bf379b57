-- A sent letter is never changed; the province may send a corrected letter beside it. Each letter sent about one
-- deadline has its number: 1 the first, 2 the first correction, and so on. Letters sent before are number 1.
ALTER TABLE sent_letter ADD COLUMN number INT NOT NULL DEFAULT 1;
ALTER TABLE sent_letter DROP CONSTRAINT sent_letter_pkey;
ALTER TABLE sent_letter ADD PRIMARY KEY (municipality_code, deadline, number);
ALTER TABLE sent_letter ALTER COLUMN number DROP DEFAULT;
