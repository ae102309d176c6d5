package nlu

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// ModelData is a Jovo v4 model file as written in models/<locale>.json.
// Platform-specific sections ("alexa", "dialogflow", …) are ignored.
type ModelData struct {
	// Version is the Jovo model version, "4.0".
	Version string `json:"version,omitempty"`
	// Invocation is the app name on voice assistants: a string or an object
	// by platform. The NLU does not use it.
	Invocation json.RawMessage `json:"invocation,omitempty"`
	// Intents are the intents by name.
	Intents map[string]Intent `json:"intents"`
	// EntityTypes are the custom entity types by name.
	EntityTypes map[string]EntityType `json:"entityTypes,omitempty"`
}

// Intent is one intent of a model: its example phrases with {slot}
// placeholders and the entities those slots stand for.
type Intent struct {
	// Phrases are the example phrases, e.g. "i want {number} pizzas".
	Phrases []string `json:"phrases,omitempty"`
	// Samples is the older name of Phrases; both are used.
	Samples []string `json:"samples,omitempty"`
	// Entities declares every {slot} used in the phrases, by name.
	Entities map[string]IntentEntity `json:"entities,omitempty"`
}

// IntentEntity declares one entity of an intent.
type IntentEntity struct {
	// Type is the entity type: a name from entityTypes or a built-in type.
	Type TypeRef `json:"type"`
	// Text is an optional sample text; the NLU does not use it.
	Text string `json:"text,omitempty"`
}

// TypeRef is an entity type reference. In Jovo's format it is either a
// string ("PizzaType", "NUMBER") or an object by NLU service
// ({"alexa": "AMAZON.NUMBER", "dialogflow": "@sys.number"}).
type TypeRef struct {
	// Name is the type name when the reference is a string.
	Name string
	// ByService holds the types by NLU service when the reference is an
	// object. The key "jovo" names the type for this NLU.
	ByService map[string]string
}

// UnmarshalJSON accepts a string or an object of strings.
func (t *TypeRef) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*t = TypeRef{}
		return json.Unmarshal(b, &t.Name)
	}
	if len(b) > 0 && b[0] == '{' {
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("entity type must be a string or an object of strings: %w", err)
		}
		*t = TypeRef{ByService: m}
		return nil
	}
	return fmt.Errorf("entity type must be a string or an object of strings, not %.20s", b)
}

// MarshalJSON writes the string or object form.
func (t TypeRef) MarshalJSON() ([]byte, error) {
	if t.ByService != nil {
		return json.Marshal(t.ByService)
	}
	return json.Marshal(t.Name)
}

// EntityType is a custom entity type: the values an entity can take.
type EntityType struct {
	// Values are the values with their synonyms.
	Values []EntityValue `json:"values"`
}

// EntityValue is one value of an entity type. In Jovo's format a value is
// either a plain string or an object with value, id and synonyms.
type EntityValue struct {
	// Value is the canonical value, reported as Entity.Resolved.
	Value string `json:"value"`
	// ID identifies the value, reported as Entity.ID; Value if empty.
	ID string `json:"id,omitempty"`
	// Key is an alternative id some services use; used if ID is empty.
	Key string `json:"key,omitempty"`
	// Synonyms are other ways to say the value.
	Synonyms []string `json:"synonyms,omitempty"`
}

// UnmarshalJSON accepts a string or an object.
func (v *EntityValue) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*v = EntityValue{}
		return json.Unmarshal(b, &v.Value)
	}
	if len(b) == 0 || b[0] != '{' {
		return fmt.Errorf("entity value must be a string or an object, not %.20s", b)
	}
	type plain EntityValue
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("entity value must be a string or an object: %w", err)
	}
	*v = EntityValue(p)
	return nil
}

// id returns the id reported for the value.
func (v EntityValue) id() string {
	switch {
	case v.ID != "":
		return v.ID
	case v.Key != "":
		return v.Key
	}
	return v.Value
}
