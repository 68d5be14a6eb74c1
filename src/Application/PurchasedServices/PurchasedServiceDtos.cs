using InvestPromo.Domain.Filings;
using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices;

/// <summary>One year of the purchased service in the year list: what it may spend and what it has spent.</summary>
public sealed record PurchasedServiceYearSummaryDto(Guid Id, int Year, string Contractor, decimal ContractAmount, decimal BudgetLimit, decimal Used);

/// <summary>A year of the purchased service (以购代补) with its payments, evaluation and subsidies; amounts in yuan.</summary>
public sealed record PurchasedServiceYearDto(
    Guid Id,
    int Year,
    string Contractor,
    decimal ContractAmount,
    decimal BudgetLimit,
    string? Note,
    string? EvaluationResult,
    DateOnly? EvaluatedOn,
    string? EvaluationNote,
    decimal Paid,
    decimal Subsidised,
    decimal Used,
    decimal Remaining,
    int Version,
    IReadOnlyList<PurchasedServicePaymentDto> Payments,
    IReadOnlyList<ServiceSubsidyDto> Subsidies);

public sealed record PurchasedServicePaymentDto(Guid Id, DateOnly PaidOn, decimal Amount, string? Note);

public sealed record ServiceSubsidyDto(Guid Id, Guid AssociationId, string AssociationName, DateOnly PaidOn, decimal Amount, string? Note);

internal static class PurchasedServiceReads
{
    public static async Task<PurchasedServiceYear> LoadYearAsync(this IApplicationDbContext db, Guid id, CancellationToken ct) =>
        await db.PurchasedServiceYears.Include(y => y.Payments).Include(y => y.Subsidies).FirstOrDefaultAsync(y => y.Id == id, ct)
            ?? throw new NotFoundException(nameof(PurchasedServiceYear), id);

    /// <summary>
    /// A payment or subsidy lives in its own table, so saving one would leave the year's row untouched: marking the year's
    /// <c>Version</c> changed makes the save bump it, conditional on the version this request read. Two concurrent entries that
    /// both passed the budget check on the same version cannot both save: the second is refused (409 <c>concurrency.stale</c>)
    /// and retried against the new total. The version alone changes, so no audit entry is written for the year.
    /// </summary>
    public static void MarkSpendingChanged(this IApplicationDbContext db, PurchasedServiceYear year) =>
        db.Entry(year).Property(y => y.Version).IsModified = true;

    public static async Task<PurchasedServiceYearDto> YearDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken ct)
    {
        var year = await db.PurchasedServiceYears.AsNoTracking().FirstOrDefaultAsync(y => y.Id == id, ct) ?? throw new NotFoundException(nameof(PurchasedServiceYear), id);
        var payments = await db.PurchasedServicePayments.AsNoTracking().Where(p => p.YearId == id).OrderBy(p => p.PaidOn).ThenBy(p => p.Id)
            .Select(p => new PurchasedServicePaymentDto(p.Id, p.PaidOn, p.Amount, p.Note)).ToListAsync(ct);
        var subsidies = await db.ServiceSubsidies.AsNoTracking().Where(s => s.YearId == id).OrderBy(s => s.PaidOn).ThenBy(s => s.Id)
            .Select(s => new ServiceSubsidyDto(s.Id, s.AssociationId,
                db.Associations.IgnoreQueryFilters().Where(a => a.Id == s.AssociationId).Select(a => a.Name).FirstOrDefault() ?? string.Empty, s.PaidOn, s.Amount, s.Note))
            .ToListAsync(ct);
        var paid = payments.Sum(p => p.Amount);
        var subsidised = subsidies.Sum(s => s.Amount);
        return new PurchasedServiceYearDto(year.Id, year.Year, year.Contractor, year.ContractAmount, year.BudgetLimit, year.Note, year.EvaluationResult, year.EvaluatedOn,
            year.EvaluationNote, paid, subsidised, paid + subsidised, year.BudgetLimit - paid - subsidised, year.Version, payments, subsidies);
    }

    /// <summary>An amount in yuan: more than 0, at most two decimals (more is a 400 on the field).</summary>
    public static IRuleBuilderOptions<T, decimal> Yuan<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).Must(Money.IsValid)
            .WithMessage(_ => new Localized("金额须大于 0 元，最多两位小数。", "An amount must be more than 0 yuan with at most two decimals.").Current);
}
