package nlu

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// FuzzSessionDynamicEntities feeds arbitrary session values to the reader
// of stored dynamic entities (decodeDynamic), as a store might hand them
// back: it returns entities or an error, never panics; what it returns
// survives another round through the session unchanged, and a match with
// it either succeeds with a confidence within [0, 1] or fails with
// ErrInvalidConfig or ErrInvalidEntityType.
func FuzzSessionDynamicEntities(f *testing.F) {
	f.Add(`{"mode":"MERGE","types":{"PizzaType":{"values":[{"value":"calzone","id":"c","synonyms":["folded pizza"]}]}}}`, "i would like a folded pizza")
	f.Add(`{"types":{"PizzaType":{"values":["calzone", {"value": ""}]}}}`, "a calzone")
	f.Add(`{"mode":"APPEND","types":{}}`, "salami")
	f.Add(`{"mode":"CLEAR"}`, "margherita")
	f.Add(`"not an object"`, "x")
	f.Add(`[1, 2]`, "")
	f.Add(`null`, "yes")
	m, err := LoadModel("en-US", strings.NewReader(`{"intents": {
	  "OrderIntent": {"phrases": ["i would like a {pizza}"], "entities": {"pizza": {"type": "PizzaType"}}},
	  "YesIntent": {"phrases": ["yes"]}},
	  "entityTypes": {"PizzaType": {"values": ["margherita", "salami"]}}}`))
	if err != nil {
		f.Fatal(err)
	}
	e, err := New(Config{Models: []*Model{m}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, stored, text string) {
		var raw any
		if json.Unmarshal([]byte(stored), &raw) != nil {
			return
		}
		dyn, err := decodeDynamic(raw)
		if err != nil {
			if dyn != nil {
				t.Fatalf("entities %+v with error %v", dyn, err)
			}
			return
		}
		again, err := plainJSON(dyn)
		if err != nil {
			t.Fatalf("re-encode %+v: %v", dyn, err)
		}
		dyn2, err := decodeDynamic(again)
		if err != nil {
			t.Fatalf("decode the re-encoded %v: %v", again, err)
		}
		b1, _ := json.Marshal(dyn)
		b2, _ := json.Marshal(dyn2)
		if string(b1) != string(b2) {
			t.Fatalf("round trip changed %s into %s", b1, b2)
		}
		r, err := e.Match("en-US", text, MatchOptions{DynamicEntities: dyn})
		if err != nil {
			if !errors.Is(err, ErrInvalidConfig) && !errors.Is(err, ErrInvalidEntityType) {
				t.Fatalf("match with %s: unexpected error %v", b1, err)
			}
			return
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("confidence %v out of [0, 1]", r.Confidence)
		}
	})
}
