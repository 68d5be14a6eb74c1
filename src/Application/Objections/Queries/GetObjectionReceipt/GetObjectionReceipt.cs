using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;

namespace InvestPromo.Application.Objections.Queries.GetObjectionReceipt;

/// <summary>Anyone with a receipt code: where that objection stands. A code that matches nothing is a 404.</summary>
public sealed record GetObjectionReceiptQuery(string? ReceiptCode) : IQuery<ObjectionReceiptDto>;

public sealed class GetObjectionReceiptValidator : AbstractValidator<GetObjectionReceiptQuery>
{
    public GetObjectionReceiptValidator()
    {
        RuleFor(x => x.ReceiptCode).NotEmpty();
        RuleFor(x => x.ReceiptCode).Must(code => Domain.Objections.ReceiptCode.Normalise(code) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.ReceiptCode))
            .WithMessage(_ => new Common.Localization.Localized("回执码应为 16 位字母和数字（如 7K2M-Q9XD-4TBH-WN3R）。", "A receipt code has 16 letters and digits (like 7K2M-Q9XD-4TBH-WN3R).").Current);
    }
}

public sealed class GetObjectionReceiptHandler(IApplicationDbContext db) : IQueryHandler<GetObjectionReceiptQuery, ObjectionReceiptDto>
{
    public async ValueTask<ObjectionReceiptDto> Handle(GetObjectionReceiptQuery query, CancellationToken cancellationToken)
    {
        var hash = ReceiptCode.HashOf(query.ReceiptCode) ?? throw new NotFoundException(nameof(Objection), "receipt");
        var row = await db.Objections.AsNoTracking()
            .Where(o => o.ReceiptCodeHash == hash)
            .Select(o => new
            {
                o.LodgedAt,
                o.Status,
                o.Remedy,
                o.DecisionReason,
                o.DecidedAt,
                o.ProjectName,
                Publication = db.Publications.IgnoreQueryFilters().Where(p => p.Id == o.PublicationId).Select(p => new { p.Year, p.Number }).First(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Objection), "receipt");
        return new ObjectionReceiptDto(
            row.LodgedAt, row.Status, row.Remedy, row.DecisionReason, row.DecidedAt, row.ProjectName, Publication.LabelOf(row.Publication.Year, row.Publication.Number));
    }
}
