using System.Globalization;
using System.Text.Json;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A small OpenAPI 3.0 schema check for the document's examples: $ref, allOf/oneOf/anyOf, nullable, type, format (uuid, date,
/// date-time), enum, required, properties and additionalProperties, items. Stricter than JSON Schema in one way: a property
/// the schema does not list is refused unless the schema allows additional properties.
/// </summary>
public static class SchemaCheck
{
    public static List<string> Validate(JsonElement value, JsonElement schema, JsonElement schemas, string path)
    {
        var faults = new List<string>();
        Check(value, schema, schemas, path, faults);
        return faults;
    }

    private static void Check(JsonElement value, JsonElement schema, JsonElement schemas, string path, List<string> faults)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(value, schemas.GetProperty(name), schemas, path, faults);
            return;
        }

        var nullable = schema.TryGetProperty("nullable", out var n) && n.GetBoolean();
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && (schema.TryGetProperty("type", out _) || schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("allOf", out _)))
            {
                faults.Add($"{path}: null, but the schema is not nullable");
            }

            return;
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(value, part, schemas, path, faults);
            }
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var options)
                && !options.EnumerateArray().Any(option => Validate(value, option, schemas, path).Count == 0))
            {
                faults.Add($"{path}: matches none of {keyword}");
            }
        }

        if (schema.TryGetProperty("enum", out var values)
            && !values.EnumerateArray().Any(v => v.ValueKind == value.ValueKind && v.ToString() == value.ToString()))
        {
            faults.Add($"{path}: {value} is not one of the enum's values");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "object":
                CheckObject(value, schema, schemas, path, faults);
                break;
            case "array" when value.ValueKind != JsonValueKind.Array:
                faults.Add($"{path}: not an array");
                break;
            case "array":
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, schema.GetProperty("items"), schemas, $"{path}[{index++}]", faults);
                }

                break;
            case "string" when value.ValueKind != JsonValueKind.String:
                faults.Add($"{path}: not a string");
                break;
            case "string":
                CheckFormat(value.GetString()!, schema.TryGetProperty("format", out var f) ? f.GetString() : null, path, faults);
                break;
            case "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                faults.Add($"{path}: not an integer");
                break;
            case "number" when value.ValueKind != JsonValueKind.Number:
                faults.Add($"{path}: not a number");
                break;
            case "boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                faults.Add($"{path}: not a boolean");
                break;
        }
    }

    private static void CheckObject(JsonElement value, JsonElement schema, JsonElement schemas, string path, List<string> faults)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            faults.Add($"{path}: not an object");
            return;
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
            {
                faults.Add($"{path}.{name}: required but missing");
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, schemas, $"{path}.{property.Name}", faults);
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, schemas, $"{path}.{property.Name}", faults);
            }
            else if (additional.ValueKind != JsonValueKind.True)
            {
                faults.Add($"{path}.{property.Name}: not in the schema");
            }
        }
    }

    private static void CheckFormat(string text, string? format, string path, List<string> faults)
    {
        var ok = format switch
        {
            "uuid" => Guid.TryParse(text, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text.Contains('T', StringComparison.Ordinal),
            _ => true,
        };
        if (!ok)
        {
            faults.Add($"{path}: \"{text}\" is not a {format}");
        }
    }
}
