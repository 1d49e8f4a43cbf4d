package dev.bnlab.scenario;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Settings written as a part of a {@code bnlab-settings/1} body ({@code {"network": {"placement": "none"}}}),
 * laid over complete base settings: every member given replaces the base's, every member left out keeps the
 * base's value. A whole saved settings file is a valid part (its {@code format} member is checked, the rest
 * replaces everything). Members the settings format does not have are refused, so a typo cannot pass silently;
 * values are checked by {@link SettingsFile}, and problems name the member's full path.
 */
public final class PartialSettings {

    // NaN written as a literal so that the settings reader reports it as "not a finite number" at its path
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private PartialSettings() {
    }

    /** The base settings with the members of {@code part} (an object, possibly empty) laid over them. */
    public static SettingsFile.Settings overlay(LocatedNode part, SettingsFile.Settings base) throws ScenarioException {
        JsonNode baseTree = JsonTreeParser.parse(SettingsFile.toJson(base.config(), base.hyperparams()));
        if (!part.json().isObject()) {
            throw part.problem(FileText.format("files.settings.expectedObject", LocatedNode.describe(part.json())));
        }
        ObjectNode merged = ((ObjectNode) baseTree).deepCopy();
        merge(merged, part);
        String text;
        try {
            text = MAPPER.writeValueAsString(merged);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw part.problem(FileText.format("files.settings.unreadable", e.getOriginalMessage()));
        }
        try {
            return SettingsFile.parse(text);
        } catch (ScenarioException e) {
            String path = e.path().isEmpty() ? part.path() : part.path().isEmpty() ? e.path() : part.path() + "." + e.path();
            throw new ScenarioException(path, e.problem());
        }
    }

    /** Lays the members of {@code part} over {@code target}, recursing into objects both have. */
    private static void merge(ObjectNode target, LocatedNode part) throws ScenarioException {
        Iterator<Map.Entry<String, JsonNode>> it = part.json().fields();
        while (it.hasNext()) {
            String name = it.next().getKey();
            JsonNode existing = target.get(name);
            LocatedNode value = part.member(name);
            if (existing == null) {
                throw value.problem(FileText.format("files.settings.unknownMember", SafeText.value(name), names(target)));
            }
            if (existing.isObject() && value.json().isObject()) {
                merge((ObjectNode) existing, value);
            } else {
                target.set(name, value.json());
            }
        }
    }

    private static String names(ObjectNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return String.join(", ", out);
    }
}
