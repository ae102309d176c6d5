package output

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// UnmarshalJSON reads a platform block and, as in Jovo, turns a generic key
// set to null ("card": null) into a Remove entry, so that both the Jovo form
// and the explicit "remove": ["card"] work.
func (p *PlatformOutput) UnmarshalJSON(b []byte) error {
	type plain PlatformOutput // without this method, so no recursion
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if b = bytes.TrimSpace(b); len(b) > 0 && b[0] == '{' {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
		for _, k := range Keys() {
			if nullIn(raw, string(k)) && !v.Template.has(k) && !slices.Contains(v.Remove, k) {
				v.Remove = append(v.Remove, k)
			}
		}
	}
	*p = PlatformOutput(v)
	return nil
}

// nullIn reports whether raw has key (matched without case, as
// encoding/json matches fields) with the value null.
func nullIn(raw map[string]json.RawMessage, key string) bool {
	for k, v := range raw {
		if strings.EqualFold(k, key) && string(bytes.TrimSpace(v)) == "null" {
			return true
		}
	}
	return false
}
