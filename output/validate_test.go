package output

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullTemplate returns a valid template that sets every field, for the
// invalid cases to break one thing at a time.
func fullTemplate() Template {
	return Template{
		Message:  Speech("Which city?"),
		Reprompt: Variants("City?", "Which one?"),
		Listen: &Listen{Open: true, Intents: []string{"CityIntent"}, Entities: &DynamicEntities{
			Mode: EntityMerge,
			Types: map[string]DynamicEntityType{"city": {Values: []EntityValue{
				{Value: "Berlin", ID: "BER", Synonyms: []string{"Spree-Athen"}},
			}}},
		}},
		QuickReplies: []QuickReply{{Text: "Berlin"}, {Text: "Hamburg", Value: "HH"}},
		Card:         &Card{Title: "Cities"},
		Carousel: &Carousel{
			Items: []CarouselItem{
				{Card: Card{Title: "Berlin"}, Selection: &ItemSelection{Intent: "CityIntent"}},
				{Card: Card{Title: "Hamburg"}},
			},
			Selection: &CarouselSelection{EntityType: "city", Intent: "CityIntent"},
		},
		Platforms: map[string]*PlatformOutput{
			"aiflow": {Template: Template{Card: &Card{Title: "Phone"}}, Remove: []Key{KeyCarousel}},
			"web":    nil,
		},
	}
}

func TestValidateValid(t *testing.T) {
	tests := []struct {
		name string
		give Template
	}{
		{"empty", Template{}},
		{"say", Say("Hi")},
		{"full", fullTemplate()},
		{"text only", Template{Message: &Message{Text: "Hi"}}},
		{"speech only", Template{Message: &Message{Speech: "<speak>Hi</speak>"}}},
		{"closed listen", Template{Listen: &Listen{Open: false}}},
		{"clear entities without types", Template{Listen: &Listen{Open: true, Entities: &DynamicEntities{Mode: EntityClear}}}},
		{"replace mode", Template{Listen: &Listen{Open: true, Entities: &DynamicEntities{Mode: EntityReplace,
			Types: map[string]DynamicEntityType{"x": {Values: []EntityValue{{Value: "y"}}}}}}}},
		{"every key removed", Template{Platforms: map[string]*PlatformOutput{"p": {Remove: Keys()}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, Validate(tt.give))
		})
	}
}

func TestValidateInvalid(t *testing.T) {
	tests := []struct {
		name       string
		give       func(t *Template)
		wantField  string
		wantReason string
	}{
		{"empty message", func(t *Template) { t.Message = &Message{} },
			"message", "needs speech, text or variants"},
		{"blank message", func(t *Template) { t.Message = Speech("  ") },
			"message", "needs speech, text or variants"},
		{"empty reprompt", func(t *Template) { t.Reprompt = &Message{} },
			"reprompt", "needs speech, text or variants"},
		{"variants and speech", func(t *Template) { t.Message = &Message{Speech: "x", Variants: []Message{{Text: "y"}}} },
			"message", "has both variants and speech or text"},
		{"empty variant", func(t *Template) { t.Reprompt = Variants("a", "") },
			"reprompt.variants[1]", "needs speech or text"},
		{"nested variants", func(t *Template) { t.Message = OneOf(Speech("a"), Variants("b")) },
			"message.variants[1]", "variants cannot be nested"},
		{"closed listen with intents", func(t *Template) { t.Listen.Open = false },
			"listen", "a closed session cannot scope intents or entities"},
		{"empty intent", func(t *Template) { t.Listen.Intents = []string{"A", ""} },
			"listen.intents[1]", "empty intent name"},
		{"entity mode", func(t *Template) { t.Listen.Entities.Mode = "APPEND" },
			"listen.entities.mode", `must be REPLACE, MERGE or CLEAR, got "APPEND"`},
		{"no entity types", func(t *Template) { t.Listen.Entities.Types = nil },
			"listen.entities.types", "needs at least one entity type unless mode is CLEAR"},
		{"empty entity type name", func(t *Template) {
			t.Listen.Entities.Types[""] = DynamicEntityType{Values: []EntityValue{{Value: "x"}}}
		}, "listen.entities.types", "empty entity type name"},
		{"no entity values", func(t *Template) { t.Listen.Entities.Types["city"] = DynamicEntityType{} },
			"listen.entities.types.city.values", "needs at least one value"},
		{"empty entity value", func(t *Template) {
			t.Listen.Entities.Types["city"] = DynamicEntityType{Values: []EntityValue{{Value: "a"}, {ID: "x"}}}
		}, "listen.entities.types.city.values[1].value", "required"},
		{"empty synonym", func(t *Template) {
			t.Listen.Entities.Types["city"] = DynamicEntityType{Values: []EntityValue{{Value: "a", Synonyms: []string{" "}}}}
		}, "listen.entities.types.city.values[0].synonyms[0]", "empty synonym"},
		{"quick reply text", func(t *Template) { t.QuickReplies[1].Text = "" },
			"quickReplies[1].text", "required"},
		{"card title", func(t *Template) { t.Card.Title = "" },
			"card.title", "required"},
		{"carousel without items", func(t *Template) { t.Carousel.Items = nil },
			"carousel.items", "needs at least one item"},
		{"carousel item title", func(t *Template) { t.Carousel.Items[1].Title = "" },
			"carousel.items[1].title", "required"},
		{"carousel item selection intent", func(t *Template) { t.Carousel.Items[0].Selection.Intent = "" },
			"carousel.items[0].selection.intent", "required"},
		{"carousel selection entity type", func(t *Template) { t.Carousel.Selection.EntityType = "" },
			"carousel.selection.entityType", "required"},
		{"carousel selection intent", func(t *Template) { t.Carousel.Selection.Intent = "" },
			"carousel.selection.intent", "required"},
		{"platform card title", func(t *Template) { t.Platforms["aiflow"].Card.Title = "" },
			"platforms.aiflow.card.title", "required"},
		{"platform message", func(t *Template) { t.Platforms["aiflow"].Message = &Message{} },
			"platforms.aiflow.message", "needs speech, text or variants"},
		{"unknown remove key", func(t *Template) { t.Platforms["aiflow"].Remove = []Key{"Card"} },
			"platforms.aiflow.remove[0]", `unknown key "Card"`},
		{"key set and removed", func(t *Template) { t.Platforms["aiflow"].Remove = []Key{KeyCard} },
			"platforms.aiflow.remove[0]", `key "card" is both set and removed`},
		{"nested platforms", func(t *Template) {
			t.Platforms["aiflow"].Platforms = map[string]*PlatformOutput{"x": {}}
		}, "platforms.aiflow.platforms", "not allowed in a platform block"},
		{"empty platform name", func(t *Template) { t.Platforms[""] = &PlatformOutput{} },
			"platforms", "empty platform name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			give := fullTemplate()
			tt.give(&give)
			err := Validate(give)
			var ve *ValidationError
			require.True(t, errors.As(err, &ve), "want a *ValidationError, got %v", err)
			assert.Equal(t, tt.wantField, ve.Field)
			assert.Equal(t, tt.wantReason, ve.Reason)
			assert.EqualError(t, err, "invalid output: "+tt.wantField+": "+tt.wantReason)
		})
	}
}
