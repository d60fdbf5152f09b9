// Events in date order are read window by window from this index (read/list-events-between).
CREATE INDEX event_day IF NOT EXISTS FOR (e:Event) ON (e.day)
