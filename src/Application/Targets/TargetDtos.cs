using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets;

/// <summary>A year's figures on the wire: counts, and amounts in yuan.</summary>
public sealed record TargetFiguresDto(
    int SignedProjects,
    int SignedOver1Billion,
    int SignedOver5Billion,
    int StartedProjects,
    int CompletedProjects,
    decimal FixedAssetInvestment,
    decimal FundsDomestic,
    decimal FundsForeign)
{
    public static TargetFiguresDto From(TargetFigures f) => new(
        f.SignedProjects, f.SignedOver1Billion, f.SignedOver5Billion, f.StartedProjects, f.CompletedProjects, f.FixedAssetInvestment, f.FundsDomestic, f.FundsForeign);

    public TargetFigures ToFigures() => new(
        SignedProjects, SignedOver1Billion, SignedOver5Billion, StartedProjects, CompletedProjects, FixedAssetInvestment, FundsDomestic, FundsForeign);
}

/// <summary>A unit's targets for the year; <see cref="Version"/> null when none were set yet (its figures are then 0).</summary>
public sealed record UnitTargetDto(Guid UnitId, string UnitCode, string UnitName, UnitKind UnitKind, int Year, TargetFiguresDto Figures, int? Version, DateTimeOffset? UpdatedAt);

/// <summary>Every unit's targets for a year, and the city's totals (the sum of its units').</summary>
public sealed record YearTargetsDto(int Year, IReadOnlyList<UnitTargetDto> Units, TargetFiguresDto CityTotal);

/// <summary>The figures' input rules a validator applies: none negative, amounts yuan with two decimals, "of which" within its whole.</summary>
public static class TargetRules
{
    public static void AddFiguresRules<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, TargetFiguresDto>> figures)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(figures).NotNull();
        validator.RuleFor(figures).Custom((f, context) =>
        {
            if (f?.ToFigures().Check() is { } problem)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure($"figures.{problem.Field}", ErrorMessages.For(problem.Code, problem.Message)) { ErrorCode = problem.Code });
            }
        });
    }
}
