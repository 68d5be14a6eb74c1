using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Commands.SaveEvaluationScheme;

/// <summary>
/// An admin sets a year's scheme: creates it (no version) or replaces it (the version read; stale: 409). The groups' maxima must
/// sum to the total and each group's indicators' to the group's (else 400 on the fields). Once the year's evaluation is open the
/// scheme is frozen: 409 <c>evaluation-scheme.in-use</c>.
/// </summary>
public sealed record SaveEvaluationSchemeCommand(int Year, string Name, decimal TotalScore, IReadOnlyList<EvaluationGroup> Groups, int? Version) : ICommand<EvaluationSchemeDto>;

public sealed class SaveEvaluationSchemeValidator : AbstractValidator<SaveEvaluationSchemeCommand>
{
    public SaveEvaluationSchemeValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EvaluationSchemeDefinition.NameMaxLength);
        RuleFor(x => x).Custom((x, context) =>
        {
            foreach (var (field, message) in new EvaluationSchemeDefinition(x.Name ?? string.Empty, x.TotalScore, x.Groups ?? []).Problems())
            {
                context.AddFailure(field, EvaluationSchemeMessages.For(message));
            }
        });
    }
}

public sealed class SaveEvaluationSchemeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SaveEvaluationSchemeCommand, EvaluationSchemeDto>
{
    public async ValueTask<EvaluationSchemeDto> Handle(SaveEvaluationSchemeCommand command, CancellationToken cancellationToken)
    {
        var definition = new EvaluationSchemeDefinition(command.Name, command.TotalScore, command.Groups);
        var scheme = await EvaluationSchemes.SaveAsync(db, command.Year, definition, command.Version, user.UserId, clock.GetUtcNow(), cancellationToken);
        return EvaluationSchemes.ToDto(scheme, locked: false);
    }
}
