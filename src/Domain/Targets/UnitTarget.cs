using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Targets;

/// <summary>A target metric of a carrier unit's year (DOMAIN.md §8; seed 004's 目标任务).</summary>
public enum TargetMetric
{
    /// <summary>新签约工业项目 (count).</summary>
    SignedProjects = 1,

    /// <summary>of them 协议投资 ≥ 10亿 (count).</summary>
    SignedOver1Billion = 2,

    /// <summary>of them 协议投资 ≥ 50亿 (count).</summary>
    SignedOver5Billion = 3,

    /// <summary>新开工工业项目 (count).</summary>
    StartedProjects = 4,

    /// <summary>新竣工工业项目 (count).</summary>
    CompletedProjects = 5,

    /// <summary>规模工业项目实际固定资产投资 (yuan).</summary>
    FixedAssetInvestment = 6,

    /// <summary>到位资金（省外境内） (yuan).</summary>
    FundsDomestic = 7,

    /// <summary>到位资金（境外，含港澳台） (yuan).</summary>
    FundsForeign = 8,
}

/// <summary>The figures of a unit's year: counts, and yuan amounts (at most two decimals).</summary>
public sealed record TargetFigures(
    int SignedProjects,
    int SignedOver1Billion,
    int SignedOver5Billion,
    int StartedProjects,
    int CompletedProjects,
    decimal FixedAssetInvestment,
    decimal FundsDomestic,
    decimal FundsForeign)
{
    public int SignedProjects { get; } = SignedProjects;

    public int SignedOver1Billion { get; } = SignedOver1Billion;

    public int SignedOver5Billion { get; } = SignedOver5Billion;

    public int StartedProjects { get; } = StartedProjects;

    public int CompletedProjects { get; } = CompletedProjects;

    public decimal FixedAssetInvestment { get; } = FixedAssetInvestment;

    public decimal FundsDomestic { get; } = FundsDomestic;

    public decimal FundsForeign { get; } = FundsForeign;

    public static TargetFigures Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Every metric in <see cref="TargetMetric"/> order.</summary>
    public static IReadOnlyList<TargetMetric> Metrics { get; } = Enum.GetValues<TargetMetric>();

    /// <summary>One metric's figure (counts as decimals).</summary>
    public decimal Of(TargetMetric metric) => metric switch
    {
        TargetMetric.SignedProjects => SignedProjects,
        TargetMetric.SignedOver1Billion => SignedOver1Billion,
        TargetMetric.SignedOver5Billion => SignedOver5Billion,
        TargetMetric.StartedProjects => StartedProjects,
        TargetMetric.CompletedProjects => CompletedProjects,
        TargetMetric.FixedAssetInvestment => FixedAssetInvestment,
        TargetMetric.FundsDomestic => FundsDomestic,
        TargetMetric.FundsForeign => FundsForeign,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>The sum of two units' figures (the city's totals are the sum of its units').</summary>
    public TargetFigures Plus(TargetFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            SignedProjects + other.SignedProjects, SignedOver1Billion + other.SignedOver1Billion, SignedOver5Billion + other.SignedOver5Billion,
            StartedProjects + other.StartedProjects, CompletedProjects + other.CompletedProjects, FixedAssetInvestment + other.FixedAssetInvestment,
            FundsDomestic + other.FundsDomestic, FundsForeign + other.FundsForeign);
    }

    /// <summary>
    /// What is wrong with the figures (a 400 on the field), or null: a negative figure, an amount with more than two decimals, or
    /// "of which" counts above the signed count (≥ 50亿 above ≥ 10亿).
    /// </summary>
    public ProjectInputProblemOfTarget? Check()
    {
        foreach (var metric in Metrics)
        {
            var value = Of(metric);
            if (value < 0)
            {
                return new("target.negative", FieldOf(metric), "A target cannot be negative.");
            }

            if (metric >= TargetMetric.FixedAssetInvestment && !Money.IsValid(value))
            {
                return new("target.amount-invalid", FieldOf(metric), "An amount target is yuan with at most two decimals.");
            }
        }

        if (SignedOver1Billion > SignedProjects)
        {
            return new("target.of-which-too-large", FieldOf(TargetMetric.SignedOver1Billion), "The ≥ 10亿 count is part of the signed count: it cannot exceed it.");
        }

        if (SignedOver5Billion > SignedOver1Billion)
        {
            return new("target.of-which-too-large", FieldOf(TargetMetric.SignedOver5Billion), "The ≥ 50亿 count is part of the ≥ 10亿 count: it cannot exceed it.");
        }

        return null;
    }

    /// <summary>The camelCase field name of a metric on the wire.</summary>
    public static string FieldOf(TargetMetric metric)
    {
        var name = metric.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>A broken input rule of a target: its stable code, the field and why (a 400).</summary>
public sealed record ProjectInputProblemOfTarget(string Code, string Field, string Message)
{
    public string Code { get; } = Code;

    public string Field { get; } = Field;

    public string Message { get; } = Message;
}

/// <summary>
/// A carrier unit's targets for a year (seed 004: 新签约/新开工/新竣工工业项目, 协议投资 ≥ 10亿 / ≥ 50亿, 规模工业固定资产投资, and
/// funds in place 省外境内 / 境外). One per unit and year; admins edit or import them; every change is audited. The city's totals
/// are the sum of its units'.
/// </summary>
public sealed class UnitTarget : AuditableEntity
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;

    private UnitTarget()
    {
    }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public int SignedProjects { get; private set; }

    public int SignedOver1Billion { get; private set; }

    public int SignedOver5Billion { get; private set; }

    public int StartedProjects { get; private set; }

    public int CompletedProjects { get; private set; }

    public decimal FixedAssetInvestment { get; private set; }

    public long FixedAssetInvestmentFen { get; private set; }

    public decimal FundsDomestic { get; private set; }

    public long FundsDomesticFen { get; private set; }

    public decimal FundsForeign { get; private set; }

    public long FundsForeignFen { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public TargetFigures Figures => new(
        SignedProjects, SignedOver1Billion, SignedOver5Billion, StartedProjects, CompletedProjects, FixedAssetInvestment, FundsDomestic, FundsForeign);

    public static UnitTarget Create(Guid unitId, int year, TargetFigures figures, Guid? by, DateTimeOffset now)
    {
        if (unitId == Guid.Empty)
        {
            throw new ArgumentException("A target needs its unit.", nameof(unitId));
        }

        if (year is < MinYear or > MaxYear)
        {
            throw DomainRuleException.Invalid("target.year-invalid", "The year is outside the years the system takes.");
        }

        var target = new UnitTarget { UnitId = unitId, Year = year };
        target.Stamp(by, now);
        target.Set(figures, null);
        return target;
    }

    /// <summary>Sets the year's figures (refused as invalid when <see cref="TargetFigures.Check"/> finds a problem).</summary>
    public void Set(TargetFigures figures, DateTimeOffset? now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Check() is { } problem)
        {
            throw DomainRuleException.Invalid(problem.Code, problem.Message);
        }

        SignedProjects = figures.SignedProjects;
        SignedOver1Billion = figures.SignedOver1Billion;
        SignedOver5Billion = figures.SignedOver5Billion;
        StartedProjects = figures.StartedProjects;
        CompletedProjects = figures.CompletedProjects;
        FixedAssetInvestment = figures.FixedAssetInvestment;
        FixedAssetInvestmentFen = Money.FromYuan(figures.FixedAssetInvestment).Fen;
        FundsDomestic = figures.FundsDomestic;
        FundsDomesticFen = Money.FromYuan(figures.FundsDomestic).Fen;
        FundsForeign = figures.FundsForeign;
        FundsForeignFen = Money.FromYuan(figures.FundsForeign).Fen;
        UpdatedAt = now;
    }
}
