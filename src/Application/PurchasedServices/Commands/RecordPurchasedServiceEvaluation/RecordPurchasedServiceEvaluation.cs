using InvestPromo.Domain.PurchasedServices;

namespace InvestPromo.Application.PurchasedServices.Commands.RecordPurchasedServiceEvaluation;

/// <summary>Records the contractor's year-end evaluation: a score or grade as text, the date and a note (send the version you read).</summary>
public sealed record RecordPurchasedServiceEvaluationCommand(Guid Id, int Version, string Result, DateOnly EvaluatedOn, string? Note) : ICommand<PurchasedServiceYearDto>;

public sealed class RecordPurchasedServiceEvaluationValidator : AbstractValidator<RecordPurchasedServiceEvaluationCommand>
{
    public RecordPurchasedServiceEvaluationValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Result).NotEmpty().MaximumLength(PurchasedServiceYear.EvaluationResultMaxLength).SingleLineText();
        RuleFor(x => x.EvaluatedOn).InDateRange();
        RuleFor(x => x.Note).MaximumLength(PurchasedServiceYear.NoteMaxLength).MultiLineText();
    }
}

public sealed class RecordPurchasedServiceEvaluationHandler(IApplicationDbContext db) : ICommandHandler<RecordPurchasedServiceEvaluationCommand, PurchasedServiceYearDto>
{
    public async ValueTask<PurchasedServiceYearDto> Handle(RecordPurchasedServiceEvaluationCommand command, CancellationToken cancellationToken)
    {
        var year = await db.LoadYearAsync(command.Id, cancellationToken);
        db.ExpectVersion(year, command.Version);
        year.RecordEvaluation(command.Result, command.EvaluatedOn, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        return await db.YearDtoAsync(year.Id, cancellationToken);
    }
}
