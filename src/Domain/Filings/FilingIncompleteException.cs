using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// Submission of a filing that misses required fields (<see cref="Fields"/>) or gives an amount that must be above zero as 0
/// (<see cref="ZeroFields"/>: the planned total); both name <see cref="FilingDetails"/> properties (the application words them
/// for the wire). The submission turns it into a 400 with one error per field; uncaught it is a conflict with the filing's state.
/// </summary>
public sealed class FilingIncompleteException(IReadOnlyList<string> fields, IReadOnlyList<string>? zeroFields = null)
    : DomainRuleException(DomainRuleKind.Conflict, IncompleteCode, Describe(fields, zeroFields ?? []))
{
    public const string IncompleteCode = "filing.incomplete";

    /// <summary>The fields that are empty.</summary>
    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The amounts given as 0 that submission needs above zero.</summary>
    public IReadOnlyList<string> ZeroFields { get; } = zeroFields ?? [];

    private static string Describe(IReadOnlyList<string> fields, IReadOnlyList<string> zeroFields) =>
        "The filing is incomplete: "
        + string.Join("; ", new[]
        {
            fields.Count > 0 ? "missing " + string.Join(", ", fields) : null,
            zeroFields.Count > 0 ? "must be above zero " + string.Join(", ", zeroFields) : null,
        }.OfType<string>())
        + ".";
}
