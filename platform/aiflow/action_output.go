package aiflow

import "github.com/jovo-go/jovo/output"

// extAction is the key of a template's AI Flow action in
// PlatformOutput.Extensions.
const extAction = "actions"

// Empty is the empty output: it sends nothing, so the service gets a 204
// (HTTP) or no frame (WebSocket) unless something else is sent. Send it
// to make "no answer" explicit.
type Empty struct{}

// Templates implements output.Output with no template.
func (Empty) Templates() ([]output.Template, error) { return nil, nil }

// actionTemplate wraps an action in a template for the "aiflow" platform,
// so that c.Send takes actions like any other output. The action is
// checked when the platform responds, after the session id is filled in;
// other platforms ignore the template. The template and its platform
// output are one allocation: c.Send copies the template out of the slice,
// and the few words the copy leaves behind live as long as the platform
// output.
func actionTemplate(a Action) ([]output.Template, error) {
	at := new(struct {
		t  [1]output.Template
		po output.PlatformOutput
	})
	at.po.Extensions = map[string]any{extAction: a}
	at.t[0].Platforms = map[string]*output.PlatformOutput{OutputKey: &at.po}
	return at.t[:], nil
}

// Templates makes Speak an output: c.Send(&aiflow.Speak{Text: "Hi"}).
func (s *Speak) Templates() ([]output.Template, error) { return actionTemplate(s) }

// Templates makes Audio an output.
func (a *Audio) Templates() ([]output.Template, error) { return actionTemplate(a) }

// Templates makes Hangup an output.
func (h *Hangup) Templates() ([]output.Template, error) { return actionTemplate(h) }

// Templates makes Transfer an output.
func (t *Transfer) Templates() ([]output.Template, error) { return actionTemplate(t) }

// Templates makes BargeIn an output.
func (b *BargeIn) Templates() ([]output.Template, error) { return actionTemplate(b) }

// Templates makes MixAudio an output.
func (m *MixAudio) Templates() ([]output.Template, error) { return actionTemplate(m) }

// Templates makes SendSMS an output.
func (s *SendSMS) Templates() ([]output.Template, error) { return actionTemplate(s) }

// Templates makes ConfigureTranscription an output.
func (c *ConfigureTranscription) Templates() ([]output.Template, error) { return actionTemplate(c) }

// Templates makes ConfigureVoiceToVoice an output.
func (c *ConfigureVoiceToVoice) Templates() ([]output.Template, error) { return actionTemplate(c) }
