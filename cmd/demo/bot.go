package main

import (
	"embed"

	"go.uber.org/zap"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/i18n"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/server"
)

//go:embed locales/*.json models/*.json
var assets embed.FS

// silenceRetries is how often the demo re-prompts a silent caller before
// it says goodbye and hangs up.
const silenceRetries = 2

// bot is the demo app with the parts the server needs besides it.
type bot struct {
	app      *framework.App
	platform *aiflow.Platform
	tr       *i18n.I18n
	locale   string
}

// newBot builds the demo app: the Demo component with its Menu, Digits
// and Transfer, on the AI Flow platform with the embedded NLU, the
// translations in locales/ and the NoInputFallback and BargeIn plugins.
func newBot(cfg config, log *zap.Logger) (*bot, error) {
	res, err := i18n.LoadFS(assets, "locales")
	if err != nil {
		return nil, err
	}
	tr, err := i18n.New(i18n.Options{Resources: res, FallbackLocale: localeEN})
	if err != nil {
		return nil, err
	}
	models, err := nlu.LoadDir(assets, "models")
	if err != nil {
		return nil, err
	}
	engine, err := nlu.New(nlu.Config{Models: models})
	if err != nil {
		return nil, err
	}
	platform := aiflow.New(aiflow.Config{
		TTS:    voice(cfg.Locale),
		Tokens: []string{cfg.Token},
		// One answer per event on both transports: the handlers are
		// quick, so pushing each Send at once would buy nothing.
		Async: aiflow.AsyncOff,
	}, nlu.NewPlugin(engine, nlu.PluginOptions{}))
	b := &bot{platform: platform, tr: tr, locale: cfg.Locale}
	roots := append([]framework.Component{newDemo(tr, cfg.TransferTo), smsFailure{}}, cfg.extra...)
	b.app = framework.New(framework.Config{
		Components: roots,
		Plugins: append([]framework.Plugin{
			platform,
			components.NoInputFallback{Config: components.Settings{NoInputRetries: silenceRetries}},
			components.BargeIn{},
		}, cfg.plugins...),
		Fallback: []output.Template{output.Say(b.text("error"))},
		I18n:     tr,
		Locale:   cfg.Locale,
		Logger:   log,
	})
	return b, nil
}

// voice is the Azure voice of a locale.
func voice(locale string) *aiflow.TTS {
	if locale == localeDE {
		return &aiflow.TTS{Provider: aiflow.TTSAzure, Language: localeDE, Voice: "de-DE-KatjaNeural"}
	}
	return &aiflow.TTS{Provider: aiflow.TTSAzure, Language: localeEN, Voice: "en-US-JennyNeural"}
}

// text translates key into the bot's language.
func (b *bot) text(key string) string { return b.tr.Translate(b.locale, "", key, nil) }

// lateAnswer is the server's fallback when the deadline passes before the
// app answered: an apology that asks the caller to try again.
func (b *bot) lateAnswer(env server.Envelope) []byte {
	cfg := b.platform.Config()
	body, err := aiflow.EncodeActions([]aiflow.Action{&aiflow.Speak{
		SessionID:               env.SessionID,
		Text:                    b.text("tooSlow"),
		TTS:                     cfg.TTS,
		BargeIn:                 cfg.BargeIn,
		UserInputTimeoutSeconds: cfg.UserInputTimeout.Seconds(),
	}})
	if err != nil {
		b.app.Logger().Error("demo: the late answer cannot be encoded", zap.Error(err))
		return nil
	}
	return body
}
