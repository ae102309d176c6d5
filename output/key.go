package output

// Keys returns the generic keys of a template in their canonical order, the
// order in which validation reports them and JSON nulls become Remove keys.
func Keys() []Key {
	return []Key{KeyMessage, KeyReprompt, KeyListen, KeyQuickReplies, KeyCard, KeyCarousel}
}

// Valid reports whether k names a generic template field, so that a typo in
// PlatformOutput.Remove is an error instead of a silent no-op.
func (k Key) Valid() bool {
	switch k {
	case KeyMessage, KeyReprompt, KeyListen, KeyQuickReplies, KeyCard, KeyCarousel:
		return true
	}
	return false
}

// has reports whether the field named by k is set in t.
func (t Template) has(k Key) bool {
	switch k {
	case KeyMessage:
		return t.Message != nil
	case KeyReprompt:
		return t.Reprompt != nil
	case KeyListen:
		return t.Listen != nil
	case KeyQuickReplies:
		return t.QuickReplies != nil
	case KeyCard:
		return t.Card != nil
	case KeyCarousel:
		return t.Carousel != nil
	}
	return false
}

// without returns t with the field named by k unset.
func (t Template) without(k Key) Template {
	switch k {
	case KeyMessage:
		t.Message = nil
	case KeyReprompt:
		t.Reprompt = nil
	case KeyListen:
		t.Listen = nil
	case KeyQuickReplies:
		t.QuickReplies = nil
	case KeyCard:
		t.Card = nil
	case KeyCarousel:
		t.Carousel = nil
	}
	return t
}

// replaceKeys returns base with every generic field that is set in o
// replaced by o's value: Jovo's reserved-key override. Platforms are left
// alone.
func replaceKeys(base, o Template) Template {
	if o.Message != nil {
		base.Message = o.Message
	}
	if o.Reprompt != nil {
		base.Reprompt = o.Reprompt
	}
	if o.Listen != nil {
		base.Listen = o.Listen
	}
	if o.QuickReplies != nil {
		base.QuickReplies = o.QuickReplies
	}
	if o.Card != nil {
		base.Card = o.Card
	}
	if o.Carousel != nil {
		base.Carousel = o.Carousel
	}
	return base
}
