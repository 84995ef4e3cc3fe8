package com.journeymaps.standalone.render;

import com.journeymaps.core.i18n.BundleTexts;
import com.journeymaps.core.json.JourneyMapJson;
import com.journeymaps.core.model.Channel;
import com.journeymaps.core.model.ElementKind;
import com.journeymaps.core.model.EvidenceLink;
import com.journeymaps.core.model.Flow;
import com.journeymaps.core.model.Ids;
import com.journeymaps.core.model.JourneyMap;
import com.journeymaps.core.model.Lane;
import com.journeymaps.core.model.LaneType;
import com.journeymaps.core.model.Level;
import com.journeymaps.core.model.Metric;
import com.journeymaps.core.model.Opportunity;
import com.journeymaps.core.model.OpportunityStatus;
import com.journeymaps.core.model.PainPoint;
import com.journeymaps.core.model.PersonaRef;
import com.journeymaps.core.model.Severity;
import com.journeymaps.core.model.Stage;
import com.journeymaps.core.model.Touchpoint;
import com.journeymaps.core.persona.Persona;
import com.journeymaps.core.template.Templates;
import com.journeymaps.web.render.MacroRenderService;
import com.journeymaps.web.render.OutputMode;
import com.journeymaps.web.render.PageLink;
import com.journeymaps.web.render.PersonaPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the demo B2C map, rendered through the real templates, as standalone HTML pages for
 * screenshots in docs/ ({@code demo-map.html} interactive, {@code demo-map-static.html} static)
 * beside a copy of the bundled CSS. Not a test: run its main with the standalone test classpath.
 *
 * <p>Arguments: the output folder and the bundled stylesheet ({@code web/target/classes/journeymaps/static/journeymaps.css}).
 */
public final class DemoMapPreview {

    private DemoMapPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        Path css = Path.of(args.length > 1 ? args[1] : "../web/target/classes/journeymaps/static/journeymaps.css");
        Files.createDirectories(out);
        Files.copy(css, out.resolve("journeymaps.css"), StandardCopyOption.REPLACE_EXISTING);
        JourneyMap map = demoMap();
        MacroRenderService service = new MacroRenderService(RenderFixtures.RENDERER, RenderFixtures.TEXTS,
                RenderFixtures.directory(Map.of(
                        9001L, new PersonaPage(new PageLink(9001, "Persona: Lena", "/pages/9001"), Optional.of(
                                new Persona("Lena Vogt", "First-time buyer", "Urban professionals, 25-34", null,
                                        "I want glasses that fit without going to a store.", null, List.of(),
                                        List.of(), List.of(), List.of(), List.of(), List.of()))),
                        9002L, new PersonaPage(new PageLink(9002, "Persona: Tom", "/pages/9002"), Optional.of(
                                new Persona("Tom Becker", "Returning customer", "Families", null,
                                        "Reorder lenses in two clicks, please.", null, List.of(), List.of(),
                                        List.of(), List.of(), List.of(), List.of())))),
                        List.of(new PageLink(1, "Buying glasses online", "/pages/1"),
                                new PageLink(2, "Lens subscription journey", "/pages/2"))));
        String json = JourneyMapJson.write(map);
        write(out.resolve("demo-map.html"), service.renderJourneyMap(Map.of("map-id", "demo"), json,
                OutputMode.INTERACTIVE), "");
        write(out.resolve("demo-map-static.html"), service.renderJourneyMap(Map.of("map-id", "demo"), json,
                OutputMode.STATIC), "");
        Map<String, String> id = Map.of("map-id", "edge");
        write(out.resolve("edge-wide.html"), service.renderJourneyMap(id,
                JourneyMapJson.write(RenderFixtures.sized(40, 2, "Wide")), OutputMode.INTERACTIVE), "");
        write(out.resolve("edge-crowded.html"), service.renderJourneyMap(id,
                JourneyMapJson.write(RenderFixtures.sized(1, 60, "Crowded")), OutputMode.INTERACTIVE), "");
        write(out.resolve("edge-empty.html"), service.renderJourneyMap(id,
                JourneyMapJson.write(map.toBuilder().stages(List.of()).touchpoints(List.of()).flows(List.of())
                        .personas(List.of()).build()), OutputMode.INTERACTIVE), "");
        write(out.resolve("edge-rtl.html"), service.renderJourneyMap(id, JourneyMapJson.write(map.toBuilder()
                .title("\u0631\u062d\u0644\u0629 \u0627\u0644\u0639\u0645\u064a\u0644: buying glasses")
                .stages(List.of(stageNamed(map.stages().get(0), "\u05de\u05d5\u05d3\u05e2\u05d5\u05ea"),
                        map.stages().get(1), map.stages().get(2), map.stages().get(3), map.stages().get(4)))
                .build()), OutputMode.INTERACTIVE), "");
        String broken = json.replaceFirst("\"stageId\":\"[^\"]+\"", "\"stageId\":\"st-deleted\"")
                .replaceFirst("\"https://issues.example.com/JM-12\"", "\"javascript:alert(1)\"");
        write(out.resolve("edge-error.html"), service.renderJourneyMap(id, broken, OutputMode.INTERACTIVE), "");
        write(out.resolve("edge-broken-json.html"), service.renderJourneyMap(id, json.substring(0, 400),
                OutputMode.INTERACTIVE), "");
        write(out.resolve("persona.html"), service.renderPersona(9001L, """
                {"name": "Lena Vogt", "role": "First-time buyer", "segment": "Urban professionals, 25-34",
                 "quote": "I want glasses that fit without going to a store.", "demographics": "29, Hamburg, UX designer",
                 "goals": ["Glasses that suit her face", "No appointment at an optician"],
                 "needs": ["See the frames on her own face", "Know the right size"],
                 "motivations": ["Saves a Saturday", "Cheaper than the high street"],
                 "behaviours": ["Researches on the phone, buys on the laptop", "Reads reviews"],
                 "painPoints": ["Uploading a prescription", "Unsure about sizes"],
                 "channels": ["mobile-app", "web", "social"]}""", OutputMode.INTERACTIVE), "");
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static Stage stageNamed(Stage stage, String name) {
        return stage.withName(name);
    }

    private static void write(Path file, String fragment, String bodyClass) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Journey map demo</title><link rel=\"stylesheet\" href=\"journeymaps.css\">"
                + "<style>body{font-family:-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;font-size:14px;"
                + "margin:24px;color:#172b4d}</style></head><body class=\"" + bodyClass + "\">\n" + fragment
                + "\n</body></html>\n";
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    /** The B2C template filled in with an online optician's journey, two personas and real-looking data. */
    static JourneyMap demoMap() {
        Ids ids = Ids.seeded(2026);
        JourneyMap template = Templates.create(Templates.B2C, BundleTexts.forLocale(Locale.ENGLISH), ids);
        List<Stage> stages = template.stages();
        List<Lane> lanes = new ArrayList<>();
        for (Lane lane : template.lanes()) {
            lanes.add(lane.type() == LaneType.METRICS ? lane.withVisible(true) : lane);
        }
        PersonaRef lena = new PersonaRef(ids.next(ElementKind.PERSONA), 9001, "Lena", "First-time buyer");
        PersonaRef tom = new PersonaRef(ids.next(ElementKind.PERSONA), 9002, "Tom", "Returning customer");
        List<Touchpoint> tps = new ArrayList<>();
        tps.add(tp(ids, stages.get(0), "Instagram try-on ad", Channel.SOCIAL, "Sees a virtual try-on reel",
                "Could this work for my face?", lena, 1, tom, 0, false, List.of(), List.of(),
                List.of(new Metric(ids.next(ElementKind.METRIC), "CTR", 1.8, "%", "Meta Ads", LocalDate.of(2026, 1, 15)))));
        tps.add(tp(ids, stages.get(0), "Friend's recommendation", Channel.WORD_OF_MOUTH, "Hears about the shop",
                "If it worked for her...", lena, 2, tom, 1, false, List.of(), List.of(), List.of()));
        tps.add(tp(ids, stages.get(1), "Virtual try-on", Channel.WEB, "Tries 12 frames with the camera",
                "Which size am I?", lena, 1, tom, 1, true,
                List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), "Frame size guide is hard to find",
                        Severity.MEDIUM)),
                List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), "Suggest size from the try-on scan",
                        OpportunityStatus.PLANNED, Level.HIGH, Level.MEDIUM, "Web team",
                        "https://issues.example.com/JM-12")),
                List.of(new Metric(ids.next(ElementKind.METRIC), "conversion", 6.5, "%", "Web analytics",
                        LocalDate.of(2026, 1, 31)))));
        tps.add(tp(ids, stages.get(1), "Reviews page", Channel.WEB, "Reads reviews on the phone",
                "Are the lenses any good?", lena, 0, tom, null, false, List.of(), List.of(), List.of()));
        tps.add(tp(ids, stages.get(2), "Prescription upload", Channel.WEB, "Uploads a photo of the prescription",
                "Why is this so complicated?", lena, -2, tom, -1, true,
                List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), "Upload fails for phone photos",
                        Severity.CRITICAL),
                        new PainPoint(ids.next(ElementKind.PAIN_POINT), "No way to ask an optician",
                                Severity.HIGH)),
                List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), "Accept HEIC photos and read them by OCR",
                        OpportunityStatus.IN_PROGRESS, Level.HIGH, Level.MEDIUM, "Checkout squad",
                        "https://issues.example.com/JM-7")),
                List.of(new Metric(ids.next(ElementKind.METRIC), "drop-off", 38.0, "%", "Funnel report",
                        LocalDate.of(2026, 1, 31)))));
        tps.add(tp(ids, stages.get(2), "Optician chat", Channel.CHAT, "Asks which lens coating to pick",
                "Good, a real person.", lena, 1, tom, null, false, List.of(), List.of(),
                List.of(new Metric(ids.next(ElementKind.METRIC), "CSAT", 4.6, "of 5", "Chat survey",
                        LocalDate.of(2026, 1, 20)))));
        tps.add(tp(ids, stages.get(2), "Checkout", Channel.WEB, "Pays with PayPal", "Done!", lena, 1, tom, 1, false,
                List.of(), List.of(), List.of()));
        tps.add(tp(ids, stages.get(3), "Delivery and fitting", Channel.STORE, "Picks up in a partner store",
                "They fit!", lena, 2, tom, 1, true,
                List.of(new PainPoint(ids.next(ElementKind.PAIN_POINT), "Pickup slot emails arrive late",
                        Severity.LOW)),
                List.of(), List.of()));
        tps.add(tp(ids, stages.get(3), "Lens reorder reminder", Channel.EMAIL, "Gets a reminder after 11 months",
                "Handy.", lena, null, tom, 1, false, List.of(),
                List.of(new Opportunity(ids.next(ElementKind.OPPORTUNITY), "One-click reorder from the email",
                        OpportunityStatus.IDEA, Level.MEDIUM, Level.LOW, null, null)),
                List.of()));
        tps.add(tp(ids, stages.get(4), "Review request", Channel.EMAIL, "Rates the purchase",
                "Happy to share.", lena, 1, tom, 0, false, List.of(), List.of(),
                List.of(new Metric(ids.next(ElementKind.METRIC), "NPS", 41.0, null, "Quarterly survey",
                        LocalDate.of(2026, 1, 1)))));
        List<Flow> flows = List.of(
                new Flow(ids.next(ElementKind.FLOW), tps.get(4).id(), tps.get(2).id(), 0.22,
                        "Unsure about frame size, tries on again"),
                new Flow(ids.next(ElementKind.FLOW), tps.get(1).id(), tps.get(4).id(), 0.1,
                        "Knows the frame already"),
                new Flow(ids.next(ElementKind.FLOW), tps.get(4).id(), tps.get(4).id(), 0.31, "Upload retried"));
        return template.toBuilder().title("Buying glasses online")
                .objective("Find out why first-time buyers abandon the order at the prescription step and "
                        + "decide which fixes to fund in Q2.")
                .scope("Web shop and partner stores, Germany, new and returning customers")
                .owner("Customer Experience team").lastVerified(LocalDate.of(2026, 1, 31))
                .personas(List.of(lena, tom)).lanes(lanes).touchpoints(tps).flows(flows).build();
    }

    private static Touchpoint tp(Ids ids, Stage stage, String name, String channel, String action, String thought,
                                 PersonaRef a, Integer aScore, PersonaRef b, Integer bScore, boolean momentOfTruth,
                                 List<PainPoint> pains, List<Opportunity> opportunities, List<Metric> metrics) {
        Map<String, Integer> emotions = new LinkedHashMap<>();
        if (aScore != null) {
            emotions.put(a.id(), aScore);
        }
        if (bScore != null) {
            emotions.put(b.id(), bScore);
        }
        return Touchpoint.builder().id(ids.next(ElementKind.TOUCHPOINT)).stageId(stage.id()).name(name)
                .channel(channel).action(action).thought(thought).emotions(emotions).momentOfTruth(momentOfTruth)
                .painPoints(pains).opportunities(opportunities).metrics(metrics)
                .evidence(metrics.isEmpty() ? List.of() : List.of(new EvidenceLink(ids.next(ElementKind.EVIDENCE),
                        "Dashboard", "https://analytics.example.com/journeys/glasses")))
                .build();
    }
}
