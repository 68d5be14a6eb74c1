using InvestPromo.Domain.Evaluations;

namespace InvestPromo.Application.Evaluations.Commands.CopyEvaluationTemplate;

/// <summary>
/// An admin copies a shipped template (<c>hunan</c> or <c>changde</c>) into a year's scheme: creates it (no version) or replaces it
/// (the version read). Frozen once the year's evaluation is open (409 <c>evaluation-scheme.in-use</c>).
/// </summary>
public sealed record CopyEvaluationTemplateCommand(int Year, string Template, int? Version) : ICommand<EvaluationSchemeDto>;

public sealed class CopyEvaluationTemplateValidator : AbstractValidator<CopyEvaluationTemplateCommand>
{
    public CopyEvaluationTemplateValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2099);
        RuleFor(x => x.Template).Must(t => EvaluationTemplates.Find(t) is not null)
            .WithMessage(_ => new Localized("模板应为 hunan 或 changde。", "The template is hunan or changde.").Current);
    }
}

public sealed class CopyEvaluationTemplateHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CopyEvaluationTemplateCommand, EvaluationSchemeDto>
{
    public async ValueTask<EvaluationSchemeDto> Handle(CopyEvaluationTemplateCommand command, CancellationToken cancellationToken)
    {
        var definition = EvaluationTemplates.Find(command.Template)!;
        var scheme = await EvaluationSchemes.SaveAsync(db, command.Year, definition, command.Version, user.UserId, clock.GetUtcNow(), cancellationToken);
        return EvaluationSchemes.ToDto(scheme, locked: false);
    }
}
