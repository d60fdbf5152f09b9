// Events in date order are read month by month (read/list-events-in-months): `month` is the
// date's year and month ('2005-03'), its year alone for a date known to the year, '' when
// undated.
CREATE INDEX event_month IF NOT EXISTS FOR (e:Event) ON (e.month)
