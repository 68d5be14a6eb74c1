using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Filings;

/// <summary>
/// Submission of a filing that misses required fields; <see cref="Fields"/> names them (<see cref="FilingDetails"/> property
/// names; the application words them for the wire). The submission turns it into a 400 with one error per field; uncaught it
/// is a conflict with the filing's state.
/// </summary>
public sealed class FilingIncompleteException(IReadOnlyList<string> fields)
    : DomainRuleException(DomainRuleKind.Conflict, IncompleteCode, "The filing is incomplete: " + string.Join(", ", fields) + ".")
{
    public const string IncompleteCode = "filing.incomplete";

    public IReadOnlyList<string> Fields { get; } = fields;
}
