namespace InvestPromo.Application.Publications.Queries.GetPublication;

/// <summary>One publication with its entries (public fields only).</summary>
public sealed record GetPublicationQuery(Guid Id) : IQuery<PublicationDto>;

public sealed class GetPublicationHandler(IApplicationDbContext db, TimeProvider clock) : IQueryHandler<GetPublicationQuery, PublicationDto>
{
    public async ValueTask<PublicationDto> Handle(GetPublicationQuery query, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().Include(p => p.Entries).SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Publication", query.Id);
        return await publication.ToDtoAsync(db, clock.GetUtcNow(), cancellationToken);
    }
}
