using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Analysis;

/// <summary>
/// The analysis' running totals (<see cref="Domain.Analysis.ApprovalTotal"/>). What is added or removed here is written by the
/// SaveChanges that is about to run — the one carrying the filing's change — in its transaction, with race-free increments
/// (Infrastructure's <c>ApprovalTotalsWriter</c>): concurrent approvals lose nothing, and a failed save changes no total.
/// </summary>
public interface IApprovalTotalsWriter
{
    /// <summary>A filing's approval now stands: count it.</summary>
    void Add(ApprovalFacts facts);

    /// <summary>A filing's approval no longer stands: stop counting it.</summary>
    void Remove(ApprovalFacts facts);
}
