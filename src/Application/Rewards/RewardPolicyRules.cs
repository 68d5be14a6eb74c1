using InvestPromo.Domain.Filings;

namespace InvestPromo.Application.Rewards;

/// <summary>The shape of a policy as a request carries it (the domain checks the rest).</summary>
public interface IRewardPolicyFields
{
    string Name { get; }

    DateOnly ValidFrom { get; }

    DateOnly ValidTo { get; }

    decimal ThresholdYuan { get; }

    decimal Rate { get; }

    IReadOnlyList<ProjectCategory> ExcludedCategories { get; }

    decimal AnnualCapYuan { get; }
}

public static class RewardPolicyRules
{
    /// <summary>Name, dates in range and in order, money yuan with at most two decimals (more → 400), the rate 0–1 with six decimals.</summary>
    public static void AddPolicyRules<T>(this AbstractValidator<T> validator)
        where T : IRewardPolicyFields
    {
        validator.RuleFor(x => x.Name).NotEmpty().MaximumLength(Domain.Rewards.RewardPolicy.NameMaxLength).SingleLineText();
        validator.RuleFor(x => x.ValidFrom).InDateRange();
        validator.RuleFor(x => x.ValidTo).InDateRange().GreaterThanOrEqualTo(x => x.ValidFrom);
        validator.RuleFor(x => x.ThresholdYuan).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxYuan).PrecisionScale(15, 2, true);
        validator.RuleFor(x => x.AnnualCapYuan).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.MaxYuan).PrecisionScale(15, 2, true);
        validator.RuleFor(x => x.Rate).GreaterThan(0).LessThanOrEqualTo(1).PrecisionScale(7, 6, true);
        validator.RuleFor(x => x.ExcludedCategories).NotNull();
        validator.RuleForEach(x => x.ExcludedCategories).IsDefinedValue();
    }
}
