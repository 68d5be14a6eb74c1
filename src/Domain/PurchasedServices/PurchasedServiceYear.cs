using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.PurchasedServices;

/// <summary>
/// One year of the purchased investment-promotion service (以购代补, seed 001 四.1): the contractor organisation, its contract,
/// the payments made on it, the contractor's year-end evaluation, and the service subsidies (服务经费补助) paid to associations.
/// The year's payments and subsidies together never exceed its budget limit (default 300万元): 409 <c>purchased-service.over-budget</c>.
/// </summary>
public sealed class PurchasedServiceYear : AuditableEntity
{
    public const decimal DefaultBudgetLimit = 3_000_000m;
    public const int ContractorMaxLength = 200;
    public const int NoteMaxLength = 500;
    public const int EvaluationResultMaxLength = 100;

    private readonly List<PurchasedServicePayment> _payments = [];
    private readonly List<ServiceSubsidy> _subsidies = [];

    private PurchasedServiceYear()
    {
        Contractor = string.Empty;
    }

    public int Year { get; private set; }

    /// <summary>The organisation contracted to provide the service.</summary>
    public string Contractor { get; private set; }

    public decimal ContractAmount { get; private set; }

    public decimal BudgetLimit { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The year-end evaluation of the contractor: a score or grade as text (e.g. “92分 优秀”).</summary>
    public string? EvaluationResult { get; private set; }

    public DateOnly? EvaluatedOn { get; private set; }

    public string? EvaluationNote { get; private set; }

    public IReadOnlyCollection<PurchasedServicePayment> Payments => _payments;

    public IReadOnlyCollection<ServiceSubsidy> Subsidies => _subsidies;

    /// <summary>What the year has spent: live payments and subsidies.</summary>
    public decimal Used => _payments.Where(p => !p.IsDeleted).Sum(p => p.Amount) + _subsidies.Where(s => !s.IsDeleted).Sum(s => s.Amount);

    public static PurchasedServiceYear Create(int year, string contractor, decimal contractAmount, decimal? budgetLimit, string? note, Guid? by, DateTimeOffset now)
    {
        if (year is < 2000 or > 2099)
        {
            throw DomainRuleException.Invalid("purchased-service.year-invalid", "The year must be between 2000 and 2099.");
        }

        var entity = new PurchasedServiceYear { Year = year };
        entity.Update(contractor, contractAmount, budgetLimit ?? DefaultBudgetLimit, note);
        entity.Stamp(by, now);
        return entity;
    }

    public void Update(string contractor, decimal contractAmount, decimal budgetLimit, string? note)
    {
        Contractor = Guard.Text(contractor, ContractorMaxLength, "purchased-service.contractor-invalid", "Contractor");
        ContractAmount = Amount(contractAmount);
        BudgetLimit = Amount(budgetLimit);
        Note = Guard.OptionalMultiLineText(note, NoteMaxLength, "purchased-service.note-invalid", "Note");
        if (ContractAmount > BudgetLimit)
        {
            throw OverBudget();
        }

        EnsureWithinBudget();
    }

    public void RecordEvaluation(string result, DateOnly evaluatedOn, string? note)
    {
        EvaluationResult = Guard.Text(result, EvaluationResultMaxLength, "purchased-service.evaluation-invalid", "Evaluation");
        EvaluatedOn = evaluatedOn;
        EvaluationNote = Guard.OptionalMultiLineText(note, NoteMaxLength, "purchased-service.note-invalid", "Note");
    }

    public PurchasedServicePayment AddPayment(DateOnly paidOn, decimal amount, string? note, Guid? by, DateTimeOffset now)
    {
        var payment = PurchasedServicePayment.Create(Id, paidOn, Amount(amount), note, by, now);
        EnsureRoomFor(payment.Amount);
        _payments.Add(payment);
        return payment;
    }

    public ServiceSubsidy AddSubsidy(Guid associationId, DateOnly paidOn, decimal amount, string? note, Guid? by, DateTimeOffset now)
    {
        var subsidy = ServiceSubsidy.Create(Id, associationId, paidOn, Amount(amount), note, by, now);
        EnsureRoomFor(subsidy.Amount);
        _subsidies.Add(subsidy);
        return subsidy;
    }

    public void RemovePayment(Guid paymentId, Guid? by, DateTimeOffset now) =>
        (_payments.FirstOrDefault(p => p.Id == paymentId && !p.IsDeleted)
            ?? throw DomainRuleException.Conflict("purchased-service.entry-not-found", "The payment does not exist.")).Remove(by, now);

    public void RemoveSubsidy(Guid subsidyId, Guid? by, DateTimeOffset now) =>
        (_subsidies.FirstOrDefault(s => s.Id == subsidyId && !s.IsDeleted)
            ?? throw DomainRuleException.Conflict("purchased-service.entry-not-found", "The subsidy does not exist.")).Remove(by, now);

    private void EnsureRoomFor(decimal amount)
    {
        if (Used + amount > BudgetLimit)
        {
            throw OverBudget();
        }
    }

    private void EnsureWithinBudget()
    {
        if (Used > BudgetLimit)
        {
            throw OverBudget();
        }
    }

    private static DomainRuleException OverBudget() =>
        DomainRuleException.Conflict("purchased-service.over-budget", "The year's payments and subsidies would exceed its budget limit.");

    private static decimal Amount(decimal yuan) => yuan > 0 && Money.IsValid(yuan)
        ? yuan
        : throw DomainRuleException.Invalid("purchased-service.amount-invalid", "An amount must be more than 0 yuan with at most two decimals.");
}

/// <summary>A payment on the year's contract.</summary>
public sealed class PurchasedServicePayment : AuditableEntity
{
    private PurchasedServicePayment()
    {
    }

    public Guid YearId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public decimal Amount { get; private set; }

    public string? Note { get; private set; }

    internal static PurchasedServicePayment Create(Guid yearId, DateOnly paidOn, decimal amount, string? note, Guid? by, DateTimeOffset now)
    {
        var payment = new PurchasedServicePayment
        {
            YearId = yearId,
            PaidOn = paidOn,
            Amount = amount,
            Note = Guard.OptionalText(note, PurchasedServiceYear.NoteMaxLength, "purchased-service.note-invalid", "Note"),
        };
        payment.Stamp(by, now);
        return payment;
    }

    internal void Remove(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}

/// <summary>A service subsidy (服务经费补助) paid to an association out of the year's budget.</summary>
public sealed class ServiceSubsidy : AuditableEntity
{
    private ServiceSubsidy()
    {
    }

    public Guid YearId { get; private set; }

    public Guid AssociationId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public decimal Amount { get; private set; }

    public string? Note { get; private set; }

    internal static ServiceSubsidy Create(Guid yearId, Guid associationId, DateOnly paidOn, decimal amount, string? note, Guid? by, DateTimeOffset now)
    {
        var subsidy = new ServiceSubsidy
        {
            YearId = yearId,
            AssociationId = associationId,
            PaidOn = paidOn,
            Amount = amount,
            Note = Guard.OptionalText(note, PurchasedServiceYear.NoteMaxLength, "purchased-service.note-invalid", "Note"),
        };
        subsidy.Stamp(by, now);
        return subsidy;
    }

    internal void Remove(Guid? by, DateTimeOffset now) => MarkDeleted(by, now);
}
