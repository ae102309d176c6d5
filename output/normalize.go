package output

// Normalize returns t as platform will see it:
//
//   - the fields set in t.Platforms[platform] replace the generic ones, and
//     its Remove keys delete them (Jovo's null);
//   - other platforms' blocks are dropped; this platform's NativeResponse
//     and Extensions are kept under Platforms[platform] for the platform to
//     apply, and Platforms is nil when it has neither;
//   - the variants of message and reprompt are resolved with r (nil uses
//     math/rand/v2).
//
// It fails with a *ValidationError when the platform block removes an
// unknown key or a key it also sets. Normalize does not modify t; the result
// shares unchanged values with it.
func Normalize(t Template, platform string, r Rand) (Template, error) {
	out := t
	out.Platforms = nil
	if p := t.Platforms[platform]; p != nil {
		if err := checkRemove(*p, "platforms."+platform); err != nil {
			return Template{}, err
		}
		out = replaceKeys(out, p.Template)
		for _, k := range p.Remove {
			out = out.without(k)
		}
		if len(p.NativeResponse) > 0 || len(p.Extensions) > 0 {
			out.Platforms = map[string]*PlatformOutput{platform: {
				NativeResponse: p.NativeResponse,
				Extensions:     p.Extensions,
			}}
		}
	}
	out.Message = pick(out.Message, r)
	out.Reprompt = pick(out.Reprompt, r)
	return out, nil
}

func pick(m *Message, r Rand) *Message {
	if m == nil || len(m.Variants) == 0 {
		return m
	}
	p := m.Pick(r)
	return &p
}

// checkRemove reports the first Remove key of p that is unknown or that p
// also sets, which would make the override ambiguous.
func checkRemove(p PlatformOutput, path string) error {
	for i, k := range p.Remove {
		field := path + ".remove" + index(i)
		switch {
		case !k.Valid():
			return &ValidationError{Field: field, Reason: "unknown key " + quote(string(k))}
		case p.has(k):
			return &ValidationError{Field: field, Reason: "key " + quote(string(k)) + " is both set and removed"}
		}
	}
	return nil
}
