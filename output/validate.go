package output

import (
	"maps"
	"slices"
	"strings"
)

// Validate checks t before a platform converts it and returns the first
// problem as a *ValidationError, fields in the order message, reprompt,
// listen, quickReplies, card, carousel, platforms (by name). It checks
// platform blocks too, so it suits templates before and after Normalize.
func Validate(t Template) error {
	if err := validateFields(t, ""); err != nil {
		return err
	}
	if len(t.Platforms) == 0 {
		return nil
	}
	for _, name := range slices.Sorted(maps.Keys(t.Platforms)) {
		p := t.Platforms[name]
		if p == nil {
			continue
		}
		path := "platforms." + name
		if strings.TrimSpace(name) == "" {
			return &ValidationError{Field: "platforms", Reason: "empty platform name"}
		}
		if p.Platforms != nil {
			return &ValidationError{Field: path + ".platforms", Reason: "not allowed in a platform block"}
		}
		if err := checkRemove(*p, path); err != nil {
			return err
		}
		if err := validateFields(p.Template, path+"."); err != nil {
			return err
		}
	}
	return nil
}

// validateFields checks the generic fields of t, naming them after prefix.
func validateFields(t Template, prefix string) error {
	for _, err := range []error{
		validateMessage(t.Message, prefix+"message"),
		validateMessage(t.Reprompt, prefix+"reprompt"),
		validateListen(t.Listen, prefix+"listen"),
		validateQuickReplies(t.QuickReplies, prefix+"quickReplies"),
		validateCard(t.Card, prefix+"card"),
		validateCarousel(t.Carousel, prefix+"carousel"),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

func invalid(field, reason string) error { return &ValidationError{Field: field, Reason: reason} }

func validateMessage(m *Message, path string) error {
	switch {
	case m == nil:
		return nil
	case len(m.Variants) == 0:
		if blank(m.Speech) && blank(m.Text) {
			return invalid(path, "needs speech, text or variants")
		}
		return nil
	case !blank(m.Speech) || !blank(m.Text):
		return invalid(path, "has both variants and speech or text")
	}
	for i, v := range m.Variants {
		vpath := path + ".variants" + index(i)
		if len(v.Variants) > 0 {
			return invalid(vpath, "variants cannot be nested")
		}
		if blank(v.Speech) && blank(v.Text) {
			return invalid(vpath, "needs speech or text")
		}
	}
	return nil
}

func validateListen(l *Listen, path string) error {
	if l == nil {
		return nil
	}
	if !l.Open && !l.plain() {
		return invalid(path, "a closed session cannot scope intents or entities")
	}
	for i, intent := range l.Intents {
		if blank(intent) {
			return invalid(path+".intents"+index(i), "empty intent name")
		}
	}
	if l.Entities == nil {
		return nil
	}
	return validateEntities(*l.Entities, path+".entities")
}

func validateEntities(e DynamicEntities, path string) error {
	switch e.Mode {
	case "", EntityReplace, EntityMerge, EntityClear:
	default:
		return invalid(path+".mode", "must be REPLACE, MERGE or CLEAR, got "+quote(string(e.Mode)))
	}
	if len(e.Types) == 0 && e.Mode != EntityClear {
		return invalid(path+".types", "needs at least one entity type unless mode is CLEAR")
	}
	for _, name := range slices.Sorted(maps.Keys(e.Types)) {
		tpath := path + ".types." + name
		if blank(name) {
			return invalid(path+".types", "empty entity type name")
		}
		values := e.Types[name].Values
		if len(values) == 0 {
			return invalid(tpath+".values", "needs at least one value")
		}
		for i, v := range values {
			vpath := tpath + ".values" + index(i)
			if blank(v.Value) {
				return invalid(vpath+".value", "required")
			}
			for j, s := range v.Synonyms {
				if blank(s) {
					return invalid(vpath+".synonyms"+index(j), "empty synonym")
				}
			}
		}
	}
	return nil
}

func validateQuickReplies(qs []QuickReply, path string) error {
	for i, q := range qs {
		if blank(q.Text) {
			return invalid(path+index(i)+".text", "required")
		}
	}
	return nil
}

func validateCard(c *Card, path string) error {
	if c != nil && blank(c.Title) {
		return invalid(path+".title", "required")
	}
	return nil
}

func validateCarousel(c *Carousel, path string) error {
	if c == nil {
		return nil
	}
	if len(c.Items) == 0 {
		return invalid(path+".items", "needs at least one item")
	}
	for i, item := range c.Items {
		ipath := path + ".items" + index(i)
		if blank(item.Title) {
			return invalid(ipath+".title", "required")
		}
		if item.Selection != nil && blank(item.Selection.Intent) {
			return invalid(ipath+".selection.intent", "required")
		}
	}
	if s := c.Selection; s != nil {
		if blank(s.EntityType) {
			return invalid(path+".selection.entityType", "required")
		}
		if blank(s.Intent) {
			return invalid(path+".selection.intent", "required")
		}
	}
	return nil
}
