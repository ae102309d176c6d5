package output

import (
	"maps"
	"slices"
)

// Merge reduces the templates of one response into one template, with the
// rules of Jovo's single-response strategy:
//
//   - message and reprompt are joined with one space; the speech side is
//     SSML-aware (see JoinSpeech), the text side has SSML removed. A part
//     with variants makes the result a message with variants, one per
//     combination, so picking after merging is as random as before; past
//     256 combinations a later part contributes only its first variant.
//   - quick replies are concatenated.
//   - card and carousel: the last one wins.
//   - listen: the later value wins, except that a later plain open listen
//     does not replace an earlier one with intents or entities (so dynamic
//     entities survive); a later closed listen closes and drops them.
//   - platform blocks are merged per platform with the same rules, their
//     Remove lists united, their NativeResponse and Extensions deep-merged
//     (see MergeNative; a nil value is kept as a deletion for the platform).
//
// Normalize each template for the platform before merging: an override or
// Remove key belongs to its own template, which merging cannot tell apart.
// Merge does not modify its arguments; the result shares the values it
// does not combine (cards, listens, nested native values) with them.
func Merge(templates []Template) Template {
	var out Template
	for _, t := range templates {
		out = mergeTemplate(out, t)
	}
	return out
}

func mergeTemplate(acc, t Template) Template {
	acc.Message = mergeMessage(acc.Message, t.Message)
	acc.Reprompt = mergeMessage(acc.Reprompt, t.Reprompt)
	acc.Listen = mergeListen(acc.Listen, t.Listen)
	if len(t.QuickReplies) > 0 {
		acc.QuickReplies = append(slices.Clip(acc.QuickReplies), t.QuickReplies...)
	} else if acc.QuickReplies == nil {
		acc.QuickReplies = t.QuickReplies
	}
	if t.Card != nil {
		acc.Card = t.Card
	}
	if t.Carousel != nil {
		acc.Carousel = t.Carousel
	}
	acc.Platforms = mergePlatforms(acc.Platforms, t.Platforms)
	return acc
}

func mergeMessage(a, b *Message) *Message {
	switch {
	case b == nil:
		return a
	case a == nil:
		return b
	}
	right := *b
	if leaves(*a)*leaves(right) > maxMergedVariants {
		right = right.Pick(firstVariant{})
	}
	m := joinMessages(*a, right)
	return &m
}

// maxMergedVariants bounds the combinations Merge keeps when parts still
// have variants: ten parts of five variants would otherwise be 5^10
// messages.
const maxMergedVariants = 256

// leaves returns how many plain messages m stands for.
func leaves(m Message) int {
	if len(m.Variants) == 0 {
		return 1
	}
	n := 0
	for _, v := range m.Variants {
		n += leaves(v)
	}
	return n
}

// firstVariant is a Rand that always picks the first variant.
type firstVariant struct{}

func (firstVariant) IntN(int) int { return 0 }

// joinMessages joins b after a. Variants are distributed: a message with
// variants joined with another yields one variant per combination.
func joinMessages(a, b Message) Message {
	if len(a.Variants) > 0 {
		vs := make([]Message, len(a.Variants))
		for i, v := range a.Variants {
			vs[i] = joinMessages(v, b)
		}
		return Message{Variants: vs}
	}
	if len(b.Variants) > 0 {
		vs := make([]Message, len(b.Variants))
		for i, v := range b.Variants {
			vs[i] = joinMessages(a, v)
		}
		return Message{Variants: vs}
	}
	return Message{
		Speech: JoinSpeech(a.Spoken(), b.Spoken()),
		Text:   joinNonBlank(a.Displayed(), b.Displayed()),
	}
}

func joinNonBlank(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// mergeListen applies Jovo's mergeListen: later wins, but a plain open
// listen keeps an earlier scoped one, and a close drops everything.
func mergeListen(a, b *Listen) *Listen {
	switch {
	case b == nil:
		return a
	case !b.Open:
		return &Listen{Open: false}
	case a != nil && a.Open && !a.plain() && b.plain():
		return a
	}
	return b
}

// plain reports whether l is a bare true or false, without intents or
// entities.
func (l Listen) plain() bool { return len(l.Intents) == 0 && l.Entities == nil }

func mergePlatforms(a, b map[string]*PlatformOutput) map[string]*PlatformOutput {
	return combinePlatforms(a, b, func(q, p *PlatformOutput) {
		q.Template = mergeTemplate(q.Template, p.Template)
	})
}

// combinePlatforms lays the blocks of b over those of a: combine joins the
// templates of a block, and then the removals are united and the native
// response and extensions deep-merged. Neither input is modified.
func combinePlatforms(a, b map[string]*PlatformOutput, combine func(q, p *PlatformOutput)) map[string]*PlatformOutput {
	if len(b) == 0 {
		return a
	}
	out := maps.Clone(a)
	if out == nil {
		out = make(map[string]*PlatformOutput, len(b))
	}
	for name, p := range b {
		if p == nil {
			continue
		}
		q := &PlatformOutput{}
		if old := out[name]; old != nil {
			*q = *old
		}
		combine(q, p)
		q.Remove = unionKeys(q.Remove, p.Remove)
		q.NativeResponse = overlay(q.NativeResponse, p.NativeResponse, true)
		q.Extensions = overlay(q.Extensions, p.Extensions, true)
		out[name] = q
	}
	return out
}

// unionKeys returns a followed by the keys of b not in a.
func unionKeys(a, b []Key) []Key {
	out := a
	for _, k := range b {
		if !slices.Contains(out, k) {
			out = append(slices.Clip(out), k)
		}
	}
	return out
}
