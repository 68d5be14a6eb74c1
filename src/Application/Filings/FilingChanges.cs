using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InvestPromo.Application.Common.Behaviours;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Filings;

/// <summary>
/// How the history words an edit (<see cref="FilingHistoryDto.Changes"/>): <c>{"projectName":["before","after"], …}</c>, the
/// changed fields in the details' order under their wire (camelCase) names. <see cref="Filing.EditDraft"/> decides what changed.
/// </summary>
public static class FilingChanges
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Describe(IReadOnlyList<FilingDetailsChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return JsonSerializer.Serialize(
            changes.ToDictionary(c => FieldNames.ToCamelCasePath(c.Field), c => new[] { c.Before, c.After }, StringComparer.Ordinal), Json);
    }

    /// <summary>
    /// The changes without these fields (wire names), for a reader who may not see them (<see cref="FilingContacts"/>); null when
    /// nothing else changed. Text that is not a JSON object is returned as it is.
    /// </summary>
    public static string? Without(string? changes, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (changes is null || !fields.Any(f => changes.Contains($"\"{f}\"", StringComparison.Ordinal)))
        {
            return changes;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(changes);
        }
        catch (JsonException)
        {
            return changes;
        }

        if (node is not JsonObject changed)
        {
            return changes;
        }

        foreach (var field in fields)
        {
            changed.Remove(field);
        }

        return changed.Count == 0 ? null : changed.ToJsonString(Json);
    }
}
