using System.Text.Encodings.Web;
using System.Text.Json;
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
}
