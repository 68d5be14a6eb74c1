namespace InvestPromo.Application.Objections.Queries.GetObjection;

/// <summary>One objection, for reviewers.</summary>
public sealed record GetObjectionQuery(Guid Id) : IQuery<ObjectionDto>;

public sealed class GetObjectionHandler(IApplicationDbContext db) : IQueryHandler<GetObjectionQuery, ObjectionDto>
{
    public async ValueTask<ObjectionDto> Handle(GetObjectionQuery query, CancellationToken cancellationToken) =>
        await ObjectionQueries.GetAsync(db, query.Id, cancellationToken);
}
