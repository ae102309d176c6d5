package aiflow

import (
	"go.uber.org/zap"

	"github.com/jovo-go/jovo/framework"
)

// afterRoute adjusts the router's result for the phone (after
// dialogue.router):
//
//   - A returned transfer goes to a handler that declares
//     TRANSFER_FALLBACK; with none, it routes again as LAUNCH (PROTOCOL
//     10.8). UNHANDLED does not count as declaring either: the call comes
//     back with its state stack, and the active component's UNHANDLED
//     would outrank the global LAUNCH handler and say "Sorry?" to a
//     caller who said nothing. Only an app without a LAUNCH handler gets
//     the plain LAUNCH route.
//   - Reports of the service (session_end, user_speech_started,
//     assistant_speak, assistant_speech_ended, sms_failed) go only to
//     handlers that declare their type. UNHANDLED, a wildcard for what the
//     caller said, would otherwise answer every assistant_speak with
//     "Sorry?" and talk to itself. With no such handler nothing runs and
//     nothing is sent; this is not a routing error.
//   - An event type this package does not know that no handler takes
//     (UNHANDLED included, PROTOCOL 10.2) is logged at warn and answered
//     with nothing (204), not with the app's NoRoute output.
//
// "Nothing runs" leaves c.Route nil, so the logic phase skips.
func (p *Platform) afterRoute(c *framework.Context, _ any) error {
	t := turnOf(c)
	if t == nil || c.Route == nil {
		return nil
	}
	switch in := c.Input.Type; {
	case in == InputTransferFallback:
		if !resolveDeclared(c.Route) {
			p.routeAsLaunch(c)
		}
	case in == framework.InputLaunch && t.returned:
		// No handler declares TRANSFER_FALLBACK (see afterLoad).
		preferDeclared(c.Route)
	case isReport(in):
		if !resolveDeclared(c.Route) {
			c.Route = nil
		}
	case c.Route.Resolved == nil && !t.ev.Type.Known() && in == framework.InputType(t.ev.Type):
		c.Logger().Warn("aiflow: no handler for event type; answering with no action",
			zap.String("event", string(t.ev.Type)), zap.String("session", c.Session.ID))
		c.Route = nil
	}
	return nil
}

// resolveDeclared resolves r to its first match that is not UNHANDLED and
// reports whether there is one. The router ranks and admits matches (sub
// states, conditions, platforms); a match skipped only because an UNHANDLED
// ranked above it is fair game once UNHANDLED is out.
func resolveDeclared(r *framework.Route) bool {
	for i := range r.Matches {
		if !r.Matches[i].Unhandled {
			r.Resolved = &r.Matches[i]
			return true
		}
	}
	r.Resolved = nil
	return false
}

// preferDeclared resolves r to its first match that is not UNHANDLED, if
// there is one, and else leaves it as the router resolved it.
func preferDeclared(r *framework.Route) {
	if plain := r.Resolved; !resolveDeclared(r) {
		r.Resolved = plain
	}
}

// routeAsLaunch routes a returned transfer that no handler declares as
// the LAUNCH it is on the wire, preferring a LAUNCH handler to UNHANDLED;
// TransferReturned still tells.
func (p *Platform) routeAsLaunch(c *framework.Context) {
	c.Input.Type = framework.InputLaunch
	app := c.App()
	r := framework.Resolve(app.Tree(), c.Session.State, &c.Input, framework.RouteOptions{
		Platform:               p.Name(),
		IntentsToSkipUnhandled: app.Config().Routing.IntentsToSkipUnhandled,
		Context:                c,
		// No IntentMap: a LAUNCH input has no intent to map.
	})
	preferDeclared(r)
	c.Route = r
}
