// Events of some kinds in date order: `kindDay` is the kind, a space and the day, so one range
// seek reads one kind's events of one date window (read/list-events-of-kind).
CREATE INDEX event_kind_day IF NOT EXISTS FOR (e:Event) ON (e.kindDay)
