-- What an order needs beyond its pairs: for the order approving the Regulation, the curator it appoints.
alter table mentorship_order add column details varchar(1000);
