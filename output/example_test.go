package output_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/jovo-go/jovo/output"
)

// first is a Rand that always picks the first variant, for examples that
// print the same every run.
type first struct{}

func (first) IntN(int) int { return 0 }

func ExampleSay() {
	ts, _ := output.Say("Hello!").Templates()
	b, _ := json.Marshal(ts)
	fmt.Println(string(b))
	// Output: [{"message":"Hello!"}]
}

func ExampleVariants() {
	t := output.Template{Message: output.Variants("Hi!", "Hello!", "Welcome!")}
	n, _ := output.Normalize(t, "aiflow", first{})
	fmt.Println(n.Message.Speech)
	// Output: Hi!
}

func ExampleSpeechText() {
	m := output.SpeechText(`<speak>Hi <break time="300ms"/> there!</speak>`, "Hi there!")
	fmt.Println(m.Spoken())
	fmt.Println(m.Displayed())
	// Output:
	// <speak>Hi <break time="300ms"/> there!</speak>
	// Hi there!
}

func ExampleMerge() {
	merged := output.Merge([]output.Template{
		{Message: output.Speech("<speak>Welcome back!</speak>")},
		{Message: output.Speech("Which city?"), Listen: &output.Listen{Open: true, Intents: []string{"CityIntent"}}},
		{Listen: &output.Listen{Open: true}}, // does not drop the scoping above
	})
	fmt.Println(merged.Message.Speech)
	fmt.Println(merged.Message.Text)
	fmt.Println(merged.Listen.Intents)
	// Output:
	// <speak>Welcome back! Which city?</speak>
	// Welcome back! Which city?
	// [CityIntent]
}

func ExampleNormalize() {
	t := output.Template{
		Message: output.Speech("Tap a city."),
		Card:    &output.Card{Title: "Cities"},
		Platforms: map[string]*output.PlatformOutput{
			"aiflow": {
				Template:       output.Template{Message: output.Speech("Say a city.")},
				Remove:         []output.Key{output.KeyCard},
				NativeResponse: map[string]any{"barge_in": map[string]any{"strategy": "none"}},
			},
			"web": {Template: output.Template{Message: output.Speech("Click a city.")}},
		},
	}
	n, err := output.Normalize(t, "aiflow", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(n)
	// Output:
	// {
	//   "message": "Say a city.",
	//   "platforms": {
	//     "aiflow": {
	//       "nativeResponse": {
	//         "barge_in": {
	//           "strategy": "none"
	//         }
	//       }
	//     }
	//   }
	// }
}

func ExampleWith() {
	ask := output.Ask{Question: output.Speech("Do you like pizza?")}
	ts, _ := output.With(ask, output.Template{Reprompt: output.Speech("Pizza, yes or no?")}).Templates()
	fmt.Println(ts[0].Message.Speech)
	fmt.Println(ts[0].Reprompt.Speech)
	// Output:
	// Do you like pizza?
	// Pizza, yes or no?
}

func ExampleTell() {
	ts, _ := output.Tell{Message: output.Speech("Goodbye!")}.Templates()
	b, _ := json.Marshal(ts[0])
	fmt.Println(string(b))
	// Output: {"message":"Goodbye!","listen":false}
}

func ExampleValidate() {
	t := output.Template{Carousel: &output.Carousel{Items: []output.CarouselItem{
		{Card: output.Card{Title: "Berlin"}},
		{Card: output.Card{Subtitle: "no title"}},
	}}}
	fmt.Println(output.Validate(t))
	// Output: invalid output: carousel.items[1].title: required
}

func ExampleJoinSpeech() {
	fmt.Println(output.JoinSpeech("Hello.", `<speak xml:lang="en-US">How <emphasis>are</emphasis> you?</speak>`))
	// Output: <speak xml:lang="en-US">Hello. How <emphasis>are</emphasis> you?</speak>
}

func ExampleMergeNative() {
	base := map[string]any{"type": "speak", "tts": map[string]any{"provider": "azure", "voice": "de-DE-KatjaNeural"}, "debug": true}
	merged := output.MergeNative(base, map[string]any{"tts": map[string]any{"voice": "de-DE-ConradNeural"}, "debug": nil})
	b, _ := json.Marshal(merged)
	fmt.Println(string(b))
	// Output: {"tts":{"provider":"azure","voice":"de-DE-ConradNeural"},"type":"speak"}
}

func ExampleMessage_UnmarshalJSON() {
	var t output.Template
	_ = json.Unmarshal([]byte(`{"message": ["Hi!", {"speech": "<speak>Hello!</speak>", "text": "Hello!"}], "listen": false}`), &t)
	fmt.Println(len(t.Message.Variants), t.Message.Variants[1].Text, t.Listen.Open)
	// Output: 2 Hello! false
}
