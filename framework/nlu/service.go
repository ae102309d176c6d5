package nlu

import "context"

// Service understands a text: it returns the intent, the entities and a
// confidence. It is what Plugin runs on the interpretation.nlu phase, so
// any NLU can be plugged in: the embedded *Engine, or a client of an
// external service (Rasa, Snips, an LLM behind HTTP). Understand gets the
// request's context.Context (cancelled when the caller hangs up or barges
// in), the effective locale, the text, and the scope and dynamic entities
// of the turn in opts.
//
// A Result without Intent means nothing was understood. An error is
// logged by the Plugin and the turn goes on without an intent, so the
// router picks UNHANDLED; it never fails the request.
type Service interface {
	Understand(ctx context.Context, locale, text string, opts MatchOptions) (Result, error)
}

// ServiceFunc adapts a function to a Service.
type ServiceFunc func(ctx context.Context, locale, text string, opts MatchOptions) (Result, error)

// Understand calls f.
func (f ServiceFunc) Understand(ctx context.Context, locale, text string, opts MatchOptions) (Result, error) {
	return f(ctx, locale, text, opts)
}

// Understand implements Service: it is Match, after checking that ctx is
// not done (a match never blocks, so ctx is not watched during it).
func (e *Engine) Understand(ctx context.Context, locale, text string, opts MatchOptions) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	return e.Match(locale, text, opts)
}
