-- Populations were stored before population-set.v1 existed, and importing the same figure again publishes nothing:
-- publish the current version of every figure once, through the outbox, so that supervision learns them all.
-- The source is the service's events.source (application.properties).
INSERT INTO outbox_event (event_id, type, source, subject, partition_key, payload, occurred_at)
SELECT gen_random_uuid(), 'nl.permitholders.quota.population-set.v1', 'urn:nld:permitholders:systeem:quota-service',
       p.municipality_code, p.municipality_code,
       json_build_object('municipalityCode', p.municipality_code, 'referenceDate', to_char(p.reference_date, 'YYYY-MM-DD'),
                         'persons', p.persons, 'version', p.version)::text,
       now()
FROM (SELECT DISTINCT ON (municipality_code, reference_date) municipality_code, reference_date, persons, version
      FROM population ORDER BY municipality_code, reference_date, version DESC) p
ORDER BY p.reference_date, p.municipality_code;
