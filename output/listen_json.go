package output

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// listenObject is the object form of a Listen in JSON. Open is written only
// when false: an object means an open session in Jovo.
type listenObject struct {
	Open     *bool            `json:"open,omitempty"`
	Intents  []string         `json:"intents,omitempty"`
	Entities *DynamicEntities `json:"entities,omitempty"`
}

// MarshalJSON writes true or false when l has no intents and no entities,
// and an object {"intents", "entities"} otherwise, as in Jovo.
func (l Listen) MarshalJSON() ([]byte, error) {
	if l.plain() {
		return json.Marshal(l.Open)
	}
	o := listenObject{Intents: l.Intents, Entities: l.Entities}
	if !l.Open {
		o.Open = &l.Open
	}
	return json.Marshal(o)
}

// UnmarshalJSON reads true, false, or an object {"intents", "entities"}
// (open unless it says "open": false). null leaves l unchanged.
func (l *Listen) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return fmt.Errorf("listen: empty JSON value")
	}
	switch b[0] {
	case 'n': // null: nothing to set
		return nil
	case 't', 'f':
		var open bool
		if err := json.Unmarshal(b, &open); err != nil {
			return fmt.Errorf("listen: %w", err)
		}
		*l = Listen{Open: open}
	case '{':
		var o listenObject
		if err := json.Unmarshal(b, &o); err != nil {
			return fmt.Errorf("listen: %w", err)
		}
		*l = Listen{Open: o.Open == nil || *o.Open, Intents: o.Intents, Entities: o.Entities}
	default:
		return fmt.Errorf("listen: want true, false or an object {intents, entities}, got %s", snippet(b))
	}
	return nil
}
