package framework

import (
	"time"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/output"
)

// Config configures an App. The zero value works: in-memory storage,
// en-US, no logging, the real clock.
type Config struct {
	// Components are the root components of the tree.
	Components []Component
	// Plugins are installed in order at Initialize; platforms are plugins.
	Plugins []Plugin
	// Routing configures the router.
	Routing RoutingConfig
	// Storage configures what is kept between requests, and where.
	Storage StorageConfig
	// Fallback is what the user hears when a handler fails or panics, or
	// the output is invalid. Empty means nothing is said (AI Flow: 204).
	Fallback []output.Template
	// NoRoute is what the user hears when no handler matches. Empty means
	// nothing is said.
	NoRoute []output.Template
	// InputTypes declares custom input types handlers may match, beyond
	// the built-in ones and those platforms register.
	InputTypes []InputType
	// I18n translates keys for Context.T; nil returns keys unchanged.
	I18n Translator
	// Locale is the default locale; "en-US" when empty.
	Locale string
	// Logger receives the app's logs; nil logs nothing.
	Logger *zap.Logger
	// Clock returns the current time; nil uses time.Now.
	Clock func() time.Time
	// Rand picks output variants; nil uses math/rand/v2.
	Rand output.Rand
	// Data is app data shared by all requests (Jovo's $app.data). Guard it
	// yourself if handlers write to it.
	Data map[string]any
}

// RoutingConfig configures the router (Jovo's app.routing).
type RoutingConfig struct {
	// IntentMap renames intents before routing ("AMAZON.StopIntent" →
	// "END"); a platform's own map wins over it.
	IntentMap map[string]string
	// IntentsToSkipUnhandled are intents for which UNHANDLED never wins.
	IntentsToSkipUnhandled []string
}

// StorageConfig says what is stored between requests (Jovo's
// storedElements). Sessions and users are stored by default, since the
// platforms here carry no session data on the wire.
type StorageConfig struct {
	// Store keeps the records; nil uses a fresh in-memory store.
	Store Store
	// DisableSessions keeps sessions out of the store.
	DisableSessions bool
	// SessionExpiresAfter is how long an idle session lives; 900 s if zero.
	SessionExpiresAfter time.Duration
	// DisableUsers keeps user data out of the store.
	DisableUsers bool
	// History keeps the last turns of each user when HistorySize > 0.
	HistorySize int
	// HistoryCustom adds custom fields to each history item.
	HistoryCustom map[string]func(c *Context) any
}

// Translator resolves i18n keys for Context.T; framework/i18n implements it.
type Translator interface {
	Translate(locale, platform, key string, vars map[string]any) string
}

// DefaultSessionExpiry is Jovo's default session lifetime.
const DefaultSessionExpiry = 900 * time.Second
