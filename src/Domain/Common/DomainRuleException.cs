namespace InvestPromo.Domain.Common;

/// <summary>What kind of rule a <see cref="DomainRuleException"/> reports, which decides its answer.</summary>
public enum DomainRuleKind
{
    /// <summary>The request is well-formed but the record's state or other records forbid it (409 Conflict).</summary>
    Conflict,

    /// <summary>A value is unacceptable whatever the state (422 Unprocessable Content).</summary>
    Invalid,
}

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (clients and translations key on it; every code has its messages in
/// Application's <c>ErrorMessages</c>); the message is English and is replaced by the localised text at the API edge.
/// Every throw says its <see cref="Kind"/>: <see cref="Conflict"/> or <see cref="Invalid"/>.
/// </summary>
public class DomainRuleException : Exception
{
    protected DomainRuleException(DomainRuleKind kind, string code, string message)
        : base(message)
    {
        Kind = kind;
        Code = code;
    }

    public DomainRuleKind Kind { get; }

    public string Code { get; }

    /// <summary>The state of the record (or of others) forbids this: answered 409.</summary>
    public static DomainRuleException Conflict(string code, string message) => new(DomainRuleKind.Conflict, code, message);

    /// <summary>A value is unacceptable: answered 422.</summary>
    public static DomainRuleException Invalid(string code, string message) => new(DomainRuleKind.Invalid, code, message);
}
