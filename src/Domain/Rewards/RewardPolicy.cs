using InvestPromo.Domain.Common;
using InvestPromo.Domain.Filings;

namespace InvestPromo.Domain.Rewards;

/// <summary>
/// A reward policy as versioned data (DOMAIN.md §6, issue 14 item 6): valid from/to (China dates, both inclusive), the threshold of a
/// year's counted funds (以上: the threshold itself is eligible), the rate, the excluded project categories and the cap per association
/// and year. Policies never overlap (409 <c>reward-policy.overlap</c>); one used by an approved calculation is frozen (409
/// <c>reward-policy.in-use</c>). Hunan's policy (2022-09-01 to 2024-08-31) is reference data in every database.
/// </summary>
public sealed class RewardPolicy : AuditableEntity
{
    public const int NameMaxLength = 100;
    public const string HunanName = "湖南省商协会招商引资奖励政策（2022）";

    private RewardPolicy()
    {
        Name = string.Empty;
        ExcludedCategoriesText = string.Empty;
    }

    public string Name { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    /// <summary>A project's counted funds of a year at or above this (yuan) are eligible.</summary>
    public decimal ThresholdYuan { get; private set; }

    /// <summary>The share of counted funds paid, e.g. 0.001 (1‰).</summary>
    public decimal Rate { get; private set; }

    /// <summary>The most one association is paid for one year, in yuan.</summary>
    public decimal AnnualCapYuan { get; private set; }

    /// <summary>Stored as the categories' names, comma-separated (a short fixed set).</summary>
    public string ExcludedCategoriesText { get; private set; }

    public IReadOnlyList<ProjectCategory> ExcludedCategories =>
        ExcludedCategoriesText.Length == 0 ? [] : [.. ExcludedCategoriesText.Split(',').Select(Enum.Parse<ProjectCategory>)];

    public bool InForceOn(DateOnly date) => ValidFrom <= date && date <= ValidTo;

    public bool Excludes(ProjectCategory? category) => category is { } c && ExcludedCategories.Contains(c);

    public static RewardPolicy Create(
        string name, DateOnly validFrom, DateOnly validTo, decimal thresholdYuan, decimal rate, IEnumerable<ProjectCategory> excluded, decimal annualCapYuan,
        Guid? by, DateTimeOffset now)
    {
        var policy = new RewardPolicy();
        policy.Set(name, validFrom, validTo, thresholdYuan, rate, excluded, annualCapYuan);
        policy.Stamp(by, now);
        return policy;
    }

    /// <summary>Hunan's policy (DOMAIN.md §6): 2022-09-01 for two years, ≥ 20,000,000 yuan, 1‰, excluding real estate, finance and large infrastructure, 1,000,000 a year per association.</summary>
    public static RewardPolicy Hunan(DateTimeOffset now) =>
        Create(HunanName, new DateOnly(2022, 9, 1), new DateOnly(2024, 8, 31), 20_000_000m, 0.001m,
            [ProjectCategory.RealEstate, ProjectCategory.Finance, ProjectCategory.Infrastructure], 1_000_000m, null, now);

    /// <summary>Changes the policy; the caller has checked that no approved calculation used it and that it overlaps no other.</summary>
    public void Update(
        string name, DateOnly validFrom, DateOnly validTo, decimal thresholdYuan, decimal rate, IEnumerable<ProjectCategory> excluded, decimal annualCapYuan) =>
        Set(name, validFrom, validTo, thresholdYuan, rate, excluded, annualCapYuan);

    /// <summary>409 <c>reward-policy.overlap</c> when this policy's validity shares a day with another's.</summary>
    public void EnsureNoOverlap(IEnumerable<RewardPolicy> others)
    {
        if (others.Any(o => o.Id != Id && o.ValidFrom <= ValidTo && ValidFrom <= o.ValidTo))
        {
            throw DomainRuleException.Conflict("reward-policy.overlap", "The policy's validity overlaps another policy's.");
        }
    }

    private void Set(
        string name, DateOnly validFrom, DateOnly validTo, decimal thresholdYuan, decimal rate, IEnumerable<ProjectCategory> excluded, decimal annualCapYuan)
    {
        if (validTo < validFrom)
        {
            throw DomainRuleException.Invalid("reward-policy.dates-invalid", "A policy ends on or after the day it starts.");
        }

        if (!Money.IsValid(thresholdYuan) || !Money.IsValid(annualCapYuan) || rate is <= 0 or > 1 || decimal.Round(rate, 6) != rate)
        {
            throw DomainRuleException.Invalid("reward-policy.amount-invalid", "Threshold and cap are yuan with at most two decimals; the rate is above 0 and at most 1, six decimals.");
        }

        var categories = excluded.Distinct().Order().ToList();
        if (categories.Any(c => !Enum.IsDefined(c)))
        {
            throw DomainRuleException.Invalid("reward-policy.category-invalid", "An excluded category is unknown.");
        }

        Name = Guard.Text(name, NameMaxLength, "reward-policy.name-invalid", "Name");
        ValidFrom = validFrom;
        ValidTo = validTo;
        ThresholdYuan = thresholdYuan;
        Rate = rate;
        AnnualCapYuan = annualCapYuan;
        ExcludedCategoriesText = string.Join(',', categories);
    }
}
