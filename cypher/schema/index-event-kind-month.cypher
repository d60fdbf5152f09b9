// Events of some kinds in date order: `kindMonth` is the kind, a space and the month.
CREATE INDEX event_kind_month IF NOT EXISTS FOR (e:Event) ON (e.kindMonth)
