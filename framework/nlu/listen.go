package nlu

import (
	"encoding/json"
	"fmt"
	"slices"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
)

// Session data keys of intent scoping and dynamic entities. The first is
// Jovo's; both hold plain JSON values, so every store keeps them.
const (
	// ListenIntentsKey holds the intents the next turn is scoped to: the
	// listen.intents of the last response, as a list of strings.
	ListenIntentsKey = "_JOVO_LISTEN_INTENTS_"
	// ListenEntitiesKey holds the session's dynamic entities: the last
	// listen.entities with mode REPLACE or MERGE, in the JSON shape of
	// DynamicEntities.
	ListenEntitiesKey = "_JOVO_LISTEN_ENTITIES_"
)

// listenOutcome is what the output of a turn says about the next turns.
type listenOutcome struct {
	intents  []string
	entities *output.DynamicEntities
	closed   bool
}

// nextListen reads the listen values of the output in order, each
// template's platform override first (as Jovo's storeListenIntents does),
// and follows Jovo's merge rules: intents of all templates add up (without
// repeats), the last entities win, and a closed listen drops what came
// before it.
func nextListen(ts []output.Template, platform string) listenOutcome {
	var out listenOutcome
	for i := range ts {
		l := ts[i].Listen
		if p := ts[i].Platforms[platform]; p != nil {
			if p.Listen != nil {
				l = p.Listen
			}
			if slices.Contains(p.Remove, output.KeyListen) {
				l = nil
			}
		}
		switch {
		case l == nil:
			continue
		case !l.Open:
			out = listenOutcome{closed: true}
			continue
		}
		out.closed = false
		for _, name := range l.Intents {
			if !slices.Contains(out.intents, name) {
				out.intents = append(out.intents, name)
			}
		}
		if l.Entities != nil {
			out.entities = l.Entities
		}
	}
	return out
}

// rememberListen stores what the response's listen says about the next
// turns (after.response.output):
//
//   - listen.intents scope the next turn only; a response without them
//     (or a closed listen) removes the scope;
//   - listen.entities with mode REPLACE or MERGE become the session's
//     dynamic entities, replacing earlier ones as a whole; CLEAR and a
//     closed listen remove them; a response without listen.entities
//     leaves them as they are.
func rememberListen(c *framework.Context, _ any) error {
	if c.Session.Data == nil {
		c.Session.Data = make(map[string]any)
	}
	l := nextListen(c.Output, c.Platform.Name())
	if len(l.intents) > 0 {
		c.Session.Data[ListenIntentsKey] = l.intents
	} else {
		delete(c.Session.Data, ListenIntentsKey)
	}
	switch {
	case l.closed || l.entities != nil && l.entities.Mode == output.EntityClear:
		delete(c.Session.Data, ListenEntitiesKey)
	case l.entities != nil:
		v, err := plainJSON(l.entities)
		if err != nil {
			return fmt.Errorf("nlu: store dynamic entities: %w", err)
		}
		c.Session.Data[ListenEntitiesKey] = v
	}
	return nil
}

// turnOptions reads the scope and the dynamic entities of this turn from
// the session. A stored value that does not decode is logged and ignored.
func turnOptions(c *framework.Context) MatchOptions {
	opts := MatchOptions{Intents: stringsOf(c.Session.Data[ListenIntentsKey]), Now: c.App().Now()}
	if raw, ok := c.Session.Data[ListenEntitiesKey]; ok && raw != nil {
		dyn, err := decodeDynamic(raw)
		if err != nil {
			c.Logger().Warn("nlu: ignoring the session's dynamic entities", zap.Error(err))
		} else {
			opts.DynamicEntities = dyn
		}
	}
	return opts
}

// plainJSON turns v into the plain JSON values a store keeps
// (map[string]any, []any, string, …).
func plainJSON(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// decodeDynamic reads dynamic entities stored by rememberListen, whether
// the store kept the value as is or through JSON.
func decodeDynamic(raw any) (*DynamicEntities, error) {
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("session key %s: %w", ListenEntitiesKey, err)
	}
	var dyn DynamicEntities
	if err := json.Unmarshal(b, &dyn); err != nil {
		return nil, fmt.Errorf("session key %s: %w", ListenEntitiesKey, err)
	}
	return &dyn, nil
}

// stringsOf reads a []string that may have been through JSON ([]any).
func stringsOf(v any) []string {
	switch t := v.(type) {
	case []string:
		return t
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
