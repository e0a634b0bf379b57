-- One number that every change of the projection raises in its own transaction (a batch of consumed events, the swap
-- of a rebuild), so a reader can tell cheaply whether what it computed from the projection is still current. Read it
-- before the data it guards: the data is then at least as new as the number.
CREATE TABLE projection_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO projection_version (singleton, version) VALUES (TRUE, 0);
