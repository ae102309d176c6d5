package output

// Template is one unit of output, the Go form of Jovo's OutputTemplate. A
// handler sends templates (directly or built by an output type); the platform
// turns the templates of a request into its native response.
//
// Every field is optional. A nil Listen means the default: the session stays
// open.
type Template struct {
	// Message is what the user hears (Speech) or reads (Text).
	Message *Message `json:"message,omitempty"`
	// Reprompt is said when the user does not answer.
	Reprompt *Message `json:"reprompt,omitempty"`
	// Listen says whether the session stays open and, optionally, which
	// intents and dynamic entities the next turn is scoped to.
	Listen *Listen `json:"listen,omitempty"`
	// QuickReplies are suggestions for screen platforms.
	QuickReplies []QuickReply `json:"quickReplies,omitempty"`
	// Card is a visual card for screen platforms.
	Card *Card `json:"card,omitempty"`
	// Carousel is a list of cards for screen platforms.
	Carousel *Carousel `json:"carousel,omitempty"`
	// Platforms holds per-platform overrides keyed by platform name.
	Platforms map[string]*PlatformOutput `json:"platforms,omitempty"`
}

// Message is a piece of output: Speech is spoken (plain text or SSML), Text
// is displayed. A Message with Variants stands for one of them, picked at
// random when the template is normalized.
type Message struct {
	Speech   string    `json:"speech,omitempty"`
	Text     string    `json:"text,omitempty"`
	Variants []Message `json:"variants,omitempty"`
}

// Listen is Jovo's listen value. Open false ends the session after this
// response. Intents scope the next turn (intent scoping); Entities extend
// entity types for the session (dynamic entities).
type Listen struct {
	Open     bool             `json:"open"`
	Intents  []string         `json:"intents,omitempty"`
	Entities *DynamicEntities `json:"entities,omitempty"`
}

// EntityMode says how dynamic entities combine with the model's entity types.
type EntityMode string

// The dynamic entity modes of Jovo's listen.entities.mode.
const (
	EntityReplace EntityMode = "REPLACE"
	EntityMerge   EntityMode = "MERGE"
	EntityClear   EntityMode = "CLEAR"
)

// DynamicEntities are entity values added for the rest of the session.
type DynamicEntities struct {
	Mode  EntityMode                   `json:"mode,omitempty"`
	Types map[string]DynamicEntityType `json:"types,omitempty"`
}

// DynamicEntityType lists the values of one entity type.
type DynamicEntityType struct {
	Values []EntityValue `json:"values"`
}

// EntityValue is one value of an entity type with its id and synonyms.
type EntityValue struct {
	Value    string   `json:"value"`
	ID       string   `json:"id,omitempty"`
	Synonyms []string `json:"synonyms,omitempty"`
}

// QuickReply is a suggested answer. Value defaults to Text when empty.
type QuickReply struct {
	Text     string            `json:"text"`
	Value    string            `json:"value,omitempty"`
	Intent   string            `json:"intent,omitempty"`
	Entities map[string]string `json:"entities,omitempty"`
}

// Card is a visual card. Title is required.
type Card struct {
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	Content  string `json:"content,omitempty"`
	ImageURL string `json:"imageUrl,omitempty"`
	ImageAlt string `json:"imageAlt,omitempty"`
	Key      string `json:"key,omitempty"`
}

// Carousel is a list of at least one card, each optionally selectable.
type Carousel struct {
	Title     string             `json:"title,omitempty"`
	Items     []CarouselItem     `json:"items"`
	Selection *CarouselSelection `json:"selection,omitempty"`
}

// CarouselItem is a card in a carousel with an optional selection.
type CarouselItem struct {
	Card
	Selection *ItemSelection `json:"selection,omitempty"`
}

// ItemSelection is the intent (and entities) a selected carousel item triggers.
type ItemSelection struct {
	Intent   string            `json:"intent"`
	Entities map[string]string `json:"entities,omitempty"`
}

// CarouselSelection maps a selected item to an intent with the item's key as
// a value of EntityType.
type CarouselSelection struct {
	EntityType string `json:"entityType"`
	Intent     string `json:"intent"`
}

// PlatformOutput overrides a template for one platform. Set fields replace
// the generic ones; keys listed in Remove delete the generic value (Jovo's
// null). NativeResponse is deep-merged into the platform's native response.
// Extensions carries platform-only values (an AI Flow action, say), keyed by
// a name the platform defines.
type PlatformOutput struct {
	Template
	Remove         []Key          `json:"remove,omitempty"`
	NativeResponse map[string]any `json:"nativeResponse,omitempty"`
	Extensions     map[string]any `json:"extensions,omitempty"`
}

// Key names a generic template field, for PlatformOutput.Remove.
type Key string

// The generic keys of a template.
const (
	KeyMessage      Key = "message"
	KeyReprompt     Key = "reprompt"
	KeyListen       Key = "listen"
	KeyQuickReplies Key = "quickReplies"
	KeyCard         Key = "card"
	KeyCarousel     Key = "carousel"
)
