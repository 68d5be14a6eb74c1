using FluentValidation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Common.Models;
using InvestPromo.Domain.Objections;
using InvestPromo.Domain.Publications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace InvestPromo.Application.Objections;

/// <summary>
/// Reviewers' list of objections, paged; filters by status, publication and filing. Open ones (status Pending) come
/// oldest first, as work to do; otherwise newest first.
/// </summary>
public sealed record ListObjectionsQuery(
    ObjectionStatus? Status = null,
    Guid? PublicationId = null,
    Guid? FilingId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ObjectionDto>>, IPagedQuery;

public sealed class ListObjectionsValidator : AbstractValidator<ListObjectionsQuery>
{
    public ListObjectionsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListObjectionsHandler(IApplicationDbContext db) : IQueryHandler<ListObjectionsQuery, PagedList<ObjectionDto>>
{
    public async ValueTask<PagedList<ObjectionDto>> Handle(ListObjectionsQuery query, CancellationToken cancellationToken)
    {
        var objections = db.Objections.AsNoTracking();
        if (query.Status is { } status)
        {
            objections = objections.Where(o => o.Status == status);
        }

        if (query.PublicationId is { } publicationId)
        {
            objections = objections.Where(o => o.PublicationId == publicationId);
        }

        if (query.FilingId is { } filingId)
        {
            objections = objections.Where(o => o.FilingId == filingId);
        }

        var ordered = query.Status == ObjectionStatus.Pending
            ? objections.OrderBy(o => o.LodgedAt).ThenBy(o => o.Id)
            : objections.OrderByDescending(o => o.LodgedAt).ThenByDescending(o => o.Id);
        var page = await ObjectionQueries.Rows(db, ordered).ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedList<ObjectionDto>([.. page.Items.Select(ObjectionQueries.ToDto)], page.Page, page.PageSize, page.TotalCount);
    }
}

/// <summary>One objection, for reviewers.</summary>
public sealed record GetObjectionQuery(Guid Id) : IQuery<ObjectionDto>;

public sealed class GetObjectionHandler(IApplicationDbContext db) : IQueryHandler<GetObjectionQuery, ObjectionDto>
{
    public async ValueTask<ObjectionDto> Handle(GetObjectionQuery query, CancellationToken cancellationToken) =>
        await ObjectionQueries.GetAsync(db, query.Id, cancellationToken);
}

/// <summary>An objection's evidence file, for reviewers (404 when it has none or the file is gone).</summary>
public sealed record GetObjectionEvidenceQuery(Guid Id) : IQuery<ObjectionEvidenceContent>;

public sealed class GetObjectionEvidenceHandler(IApplicationDbContext db, IFileStorage storage) : IQueryHandler<GetObjectionEvidenceQuery, ObjectionEvidenceContent>
{
    public async ValueTask<ObjectionEvidenceContent> Handle(GetObjectionEvidenceQuery query, CancellationToken cancellationToken)
    {
        var file = await db.Objections.AsNoTracking()
            .Where(o => o.Id == query.Id && o.EvidenceStorageKey != null)
            .Select(o => new { o.EvidenceStorageKey, o.EvidenceContentType, o.EvidenceFileName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Objection), query.Id);
        var content = await storage.OpenReadAsync(file.EvidenceStorageKey!, cancellationToken) ?? throw new NotFoundException(nameof(Objection), query.Id);
        return new ObjectionEvidenceContent(content, file.EvidenceContentType ?? "application/octet-stream", file.EvidenceFileName ?? "evidence");
    }
}

/// <summary>Anyone with a receipt code: where that objection stands. A code that matches nothing is a 404.</summary>
public sealed record GetObjectionReceiptQuery(string? ReceiptCode) : IQuery<ObjectionReceiptDto>;

public sealed class GetObjectionReceiptValidator : AbstractValidator<GetObjectionReceiptQuery>
{
    public GetObjectionReceiptValidator()
    {
        RuleFor(x => x.ReceiptCode).NotEmpty();
        RuleFor(x => x.ReceiptCode).Must(code => Domain.Objections.ReceiptCode.Normalise(code) is not null)
            .When(x => !string.IsNullOrWhiteSpace(x.ReceiptCode))
            .WithMessage(_ => new Common.Localization.Localized("回执码应为 16 位字母和数字(如 7K2M-Q9XD-4TBH-WN3R)。", "A receipt code has 16 letters and digits (like 7K2M-Q9XD-4TBH-WN3R).").Current);
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

internal static class ObjectionQueries
{
    internal sealed record Row(Objection Objection, int Year, int Number);

    public static IQueryable<Row> Rows(IApplicationDbContext db, IQueryable<Objection> objections) =>
        objections.Join(db.Publications.IgnoreQueryFilters(), o => o.PublicationId, p => p.Id, (o, p) => new Row(o, p.Year, p.Number));

    public static ObjectionDto ToDto(Row row)
    {
        var o = row.Objection;
        return new ObjectionDto(
            o.Id, o.PublicationId, Publication.LabelOf(row.Year, row.Number), o.EntryId, o.FilingId, o.ProjectName, o.ObjectorName, o.Contact, o.Text,
            o.LodgedAt, o.HasEvidence, o.EvidenceFileName, o.EvidenceSizeBytes, o.Status, o.Remedy, o.DecisionReason, o.DecidedAt, o.DecidedByName, o.Version);
    }

    public static async Task<ObjectionDto> GetAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await Rows(db, db.Objections.AsNoTracking().Where(o => o.Id == id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Objection), id);
        return ToDto(row);
    }
}
